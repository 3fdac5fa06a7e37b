package workload

import (
	"encoding/binary"
	"fmt"
)

// The raw-log emitter is the bench-only runtime code that anvil_setCode places at each protocol
// contract's address. Calling it with a batch of pre-encoded events makes the contract emit them as
// if the real contract had: the log's address is the protocol address, topic0 is the event ID from the
// interface ABI, the indexed arguments are the other topics and the rest is the ABI-encoded data. One
// transaction carries hundreds of events, so a million events take a few thousand transactions instead
// of a million.
//
// # Calldata
//
// The calldata is a plain concatenation of records, no function selector:
//
//	record := n (1 byte, 1..4: number of topics) ‖ len (2 bytes, big endian: data length)
//	          ‖ topic_0 … topic_{n-1} (32 bytes each) ‖ data (len bytes)
//
// # Program
//
// The stack comment after each line is the stack after it, top first; p is the calldata offset of the
// next record, tb = 32·n the byte length of the topics, p' the offset of the record after this one.
//
//	        PUSH1 0                        ; p=0
//	loop:   JUMPDEST                       ; p
//	        CALLDATASIZE DUP2 LT           ; p<size, p
//	        PUSH2 body JUMPI               ; p            (more records: go to body)
//	        STOP                           ;              (all records emitted)
//	body:   JUMPDEST                       ; p
//	        DUP1 CALLDATALOAD              ; hdr, p       (hdr = the 32 bytes at p)
//	        DUP1 PUSH1 248 SHR             ; n, hdr, p
//	        SWAP1 PUSH1 232 SHR            ; hdr>>232, n, p
//	        PUSH2 0xffff AND               ; len, n, p
//	        DUP2 PUSH1 5 SHL               ; tb, len, n, p
//	        DUP2 DUP2 ADD                  ; tot, tb, len, n, p      (tot = tb+len)
//	        DUP1 PUSH1 3 DUP7 ADD PUSH1 0  ; 0, p+3, tot, tot, tb, len, n, p
//	        CALLDATACOPY                   ; tot, tb, len, n, p      (memory[0:tot] = topics ‖ data)
//	        DUP5 ADD PUSH1 3 ADD           ; p', tb, len, n, p
//	        SWAP4 POP                      ; tb, len, n, p'
//	        DUP3 PUSH1 1 EQ PUSH2 log1 JUMPI
//	        DUP3 PUSH1 2 EQ PUSH2 log2 JUMPI
//	        DUP3 PUSH1 3 EQ PUSH2 log3 JUMPI
//	        DUP3 PUSH1 4 EQ PUSH2 log4 JUMPI
//	        INVALID                        ; n outside 1..4: the whole transaction reverts
//	logK:   JUMPDEST                       ; tb, len, n, p'          (one block per K = 1..4)
//	        PUSH1 32(K-1) MLOAD … PUSH1 0 MLOAD   ; t0 … t(K-1), tb, len, n, p'
//	        DUP(K+2) DUP(K+2)              ; tb, len, t0 … t(K-1), tb, len, n, p'
//	        LOGK                           ; tb, len, n, p'          (log memory[tb:tb+len] with t0..t(K-1))
//	        POP POP POP                    ; p'
//	        PUSH2 loop JUMP
//
// EmitterCode assembles it (under 200 bytes); the assembler resolves the labels to PUSH2 offsets.

// EVM opcodes used by the emitter.
const (
	opSTOP         = 0x00
	opADD          = 0x01
	opLT           = 0x10
	opEQ           = 0x14
	opAND          = 0x16
	opSHL          = 0x1b
	opSHR          = 0x1c
	opCALLDATALOAD = 0x35
	opCALLDATASIZE = 0x36
	opCALLDATACOPY = 0x37
	opPOP          = 0x50
	opMLOAD        = 0x51
	opJUMP         = 0x56
	opJUMPI        = 0x57
	opJUMPDEST     = 0x5b
	opPUSH1        = 0x60
	opPUSH2        = 0x61
	opDUP1         = 0x80
	opSWAP1        = 0x90
	opLOG0         = 0xa0
	opINVALID      = 0xfe
)

func dup(n int) byte  { return byte(opDUP1 + n - 1) }
func swap(n int) byte { return byte(opSWAP1 + n - 1) }

// asm is a tiny two-pass assembler: bytes, PUSH1 immediates, labels and PUSH2 references to labels.
type asm struct {
	code   []byte
	labels map[string]int
	refs   map[int]string // offset of a PUSH2 immediate -> label
}

func newAsm() *asm { return &asm{labels: map[string]int{}, refs: map[int]string{}} }

func (a *asm) op(b ...byte) { a.code = append(a.code, b...) }
func (a *asm) push1(v byte) { a.code = append(a.code, opPUSH1, v) }

// label marks a jump destination (and emits its JUMPDEST).
func (a *asm) label(name string) {
	a.labels[name] = len(a.code)
	a.code = append(a.code, opJUMPDEST)
}

// pushLabel emits PUSH2 <offset of label>, filled in by assemble.
func (a *asm) pushLabel(name string) {
	a.code = append(a.code, opPUSH2, 0, 0)
	a.refs[len(a.code)-2] = name
}

func (a *asm) assemble() ([]byte, error) {
	for at, name := range a.refs {
		off, ok := a.labels[name]
		if !ok {
			return nil, fmt.Errorf("emitter: undefined label %q", name)
		}
		binary.BigEndian.PutUint16(a.code[at:], uint16(off))
	}
	return a.code, nil
}

// EmitterCode returns the runtime bytecode of the raw-log emitter (see the program above).
func EmitterCode() []byte {
	a := newAsm()
	a.push1(0)
	a.label("loop")
	a.op(opCALLDATASIZE, dup(2), opLT)
	a.pushLabel("body")
	a.op(opJUMPI, opSTOP)

	a.label("body")
	a.op(dup(1), opCALLDATALOAD)
	a.op(dup(1))
	a.push1(248)
	a.op(opSHR, swap(1))
	a.push1(232)
	a.op(opSHR, opPUSH2, 0xff, 0xff, opAND)
	a.op(dup(2))
	a.push1(5)
	a.op(opSHL)
	a.op(dup(2), dup(2), opADD)
	a.op(dup(1))
	a.push1(3)
	a.op(dup(7), opADD)
	a.push1(0)
	a.op(opCALLDATACOPY)
	a.op(dup(5), opADD)
	a.push1(3)
	a.op(opADD, swap(4), opPOP)
	for k := 1; k <= 4; k++ {
		a.op(dup(3))
		a.push1(byte(k))
		a.op(opEQ)
		a.pushLabel(fmt.Sprintf("log%d", k))
		a.op(opJUMPI)
	}
	a.op(opINVALID)

	for k := 1; k <= 4; k++ {
		a.label(fmt.Sprintf("log%d", k))
		for i := k - 1; i >= 0; i-- {
			a.push1(byte(32 * i))
			a.op(opMLOAD)
		}
		a.op(dup(k+2), dup(k+2), byte(opLOG0+k), opPOP, opPOP, opPOP)
		a.pushLabel("loop")
		a.op(opJUMP)
	}
	code, err := a.assemble()
	if err != nil {
		panic(err) // a programming error in the listing above, caught by the tests
	}
	return code
}

// Record is one event as the emitter takes it: topics (topic0 = event ID) and ABI-encoded data.
type Record struct {
	Topics [][32]byte
	Data   []byte
}

// AppendRecord appends r in the emitter's calldata format.
func AppendRecord(dst []byte, r Record) []byte {
	if len(r.Topics) < 1 || len(r.Topics) > 4 || len(r.Data) > 0xffff {
		panic(fmt.Sprintf("emitter: record with %d topics and %d data bytes", len(r.Topics), len(r.Data)))
	}
	dst = append(dst, byte(len(r.Topics)), byte(len(r.Data)>>8), byte(len(r.Data)))
	for _, t := range r.Topics {
		dst = append(dst, t[:]...)
	}
	return append(dst, r.Data...)
}

// RecordGas is a safe upper bound of the gas the emitter spends on r, calldata included (at the
// EIP-7623 floor price of 40 gas per byte, which exceeds the standard price), so transactions can
// carry an explicit gas limit and skip estimation.
func RecordGas(r Record) uint64 {
	n := uint64(len(r.Topics))
	size := 3 + 32*n + uint64(len(r.Data))
	words := (32*n + uint64(len(r.Data)) + 31) / 32
	return 400 + // the loop's own opcodes
		375 + 375*n + 8*uint64(len(r.Data)) + // LOGn
		3*words + 3*words + // CALLDATACOPY copy cost, memory (reused, bounded by the largest record)
		40*size // calldata
}
