// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Test-only log emitter: the fallback reads records from calldata and emits them verbatim, so tests can
/// produce any protocol event at a configured contract address, in bulk. A record is one header word
/// (low byte: topic count 0..4; bits 8..39: repeat count; bits 40..71: data length), four topic words,
/// then the data padded to 32 bytes.
contract Emitter {
    fallback() external {
        assembly {
            let p := 0
            let end := calldatasize()
            for {} lt(p, end) {} {
                let h := calldataload(p)
                let nt := and(h, 0xff)
                let rep := and(shr(8, h), 0xffffffff)
                let dlen := and(shr(40, h), 0xffffffff)
                let t0 := calldataload(add(p, 32))
                let t1 := calldataload(add(p, 64))
                let t2 := calldataload(add(p, 96))
                let t3 := calldataload(add(p, 128))
                calldatacopy(0, add(p, 160), dlen)
                for { let i := 0 } lt(i, rep) { i := add(i, 1) } {
                    switch nt
                    case 0 { log0(0, dlen) }
                    case 1 { log1(0, dlen, t0) }
                    case 2 { log2(0, dlen, t0, t1) }
                    case 3 { log3(0, dlen, t0, t1, t2) }
                    default { log4(0, dlen, t0, t1, t2, t3) }
                }
                p := add(add(p, 160), mul(div(add(dlen, 31), 32), 32))
            }
        }
    }
}
