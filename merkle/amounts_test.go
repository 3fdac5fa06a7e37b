package merkle

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

const (
	addrA = "0x1111111111111111111111111111111111111111"
	addrB = "0x2222222222222222222222222222222222222222"
	// EIP-55 form of 0xde709f2102306220921060314715629080e2fb77.
	addrChecksummed = "0xde709f2102306220921060314715629080e2fb77"
)

func TestReadAmountsCSV(t *testing.T) {
	in := "address,amount\r\n" + addrA + ",1000\r\n\r\n  " + addrB + " , 115792089237316195423570985008687907853269984665640564039457584007913129639935\n" +
		"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359,0\n"
	leaves, err := ReadAmounts(strings.NewReader(in), ".CSV")
	if err != nil {
		t.Fatal(err)
	}
	if len(leaves) != 3 || leaves[0].Account != common.HexToAddress(addrA) || leaves[0].Amount.String() != "1000" ||
		leaves[1].Amount.Cmp(maxUint256) != 0 || leaves[2].Amount.Sign() != 0 {
		t.Fatalf("leaves = %+v", leaves)
	}
	// No header is fine too.
	if leaves, err := ReadAmounts(strings.NewReader(addrA+",1\n"), "csv"); err != nil || len(leaves) != 1 {
		t.Fatalf("headerless: %v %v", leaves, err)
	}
}

func TestReadAmountsCSVErrors(t *testing.T) {
	cases := []struct{ name, in, msg string }{
		{"empty", "", "no leaves"},
		{"header only", "address,amount\n", "no leaves"},
		{"float", "address,amount\n" + addrA + ",1.5\n", "line 2: amount \"1.5\": want an integer"},
		{"exponent", addrA + ",1\n" + addrB + ",1e18\n", "line 2: amount \"1e18\""},
		{"negative", addrA + ",-1\n", "line 1: amount \"-1\": negative"},
		{"hex amount", addrA + ",0x10\n", "line 1: amount \"0x10\": want decimal digits"},
		{"too big", addrA + ",115792089237316195423570985008687907853269984665640564039457584007913129639936\n", "exceeds 2^256-1"},
		{"empty amount", addrA + ",\n", "line 1: empty amount"},
		{"short address", "address,amount\n\n0x1234,5\n", "line 3: address \"0x1234\""},
		{"no 0x", "address,amount\n1111111111111111111111111111111111111111,5\n", "line 2: address"},
		{"bad checksum", addrA + ",1\n0xFB6916095ca1df60bB79Ce92cE3Ea74c37c5d358,1\n", "line 2: address \"0xFB6916095ca1df60bB79Ce92cE3Ea74c37c5d358\": bad EIP-55 checksum"},
		{"three columns", addrA + ",1,2\n", "line 1: 3 columns"},
		{"one column", "address,amount\n" + addrA + ",1\n" + addrB + "\n", "line 3: 1 columns"},
		{"duplicate", addrA + ",1\n" + addrB + ",2\n" + strings.ToUpper(addrA[:2]) + addrA[2:] + ",3\n", "line 3: 0x1111111111111111111111111111111111111111 already listed on line 1"},
		{"duplicate mixed case", addrA + ",1\n" + common.HexToAddress(addrChecksummed).Hex() + ",2\n" + addrChecksummed + ",2\n", "line 3"},
		{"header not first", addrA + ",1\naddress,amount\n", "line 2: address \"address\""},
		{"bad quoting", addrA + ",\"1\n", "reading csv"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadAmounts(strings.NewReader(c.in), "csv")
			if err == nil || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("err = %v, want it to contain %q", err, c.msg)
			}
		})
	}
	if _, err := ReadAmounts(strings.NewReader(addrA+",1\n"+addrA+",1\n"), "csv"); !errors.Is(err, ErrDuplicateAccount) {
		t.Fatalf("duplicate not ErrDuplicateAccount: %v", err)
	}
}

func TestReadAmountsJSON(t *testing.T) {
	arr := `[{"account":"` + addrA + `","amount":"7"}, {"amount":"8","account":"` + addrB + `"}]`
	leaves, err := ReadAmounts(strings.NewReader(arr), "json")
	if err != nil || len(leaves) != 2 || leaves[1].Account != common.HexToAddress(addrB) || leaves[1].Amount.String() != "8" {
		t.Fatalf("array: %+v %v", leaves, err)
	}
	obj := "\n {\"" + addrB + `":"9", "` + addrA + `":"10"}` + "\n"
	leaves, err = ReadAmounts(strings.NewReader(obj), ".json")
	if err != nil || len(leaves) != 2 || leaves[0].Account != common.HexToAddress(addrB) || leaves[1].Amount.String() != "10" {
		t.Fatalf("object (order kept): %+v %v", leaves, err)
	}
}

func TestReadAmountsJSONErrors(t *testing.T) {
	e := func(addr, amt string) string { return `{"account":"` + addr + `","amount":` + amt + `}` }
	cases := []struct{ name, in, msg string }{
		{"empty array", `[]`, "no leaves"},
		{"empty input", ``, "want an array or an object"},
		{"scalar", `"x"`, "want an array or an object"},
		{"number amount", `[` + e(addrA, `"1"`) + `,` + e(addrB, `1000`) + `]`, "index 1: amount 1000: want a decimal string"},
		{"float string", `[` + e(addrA, `"1.0"`) + `]`, "index 0: amount \"1.0\""},
		{"exponent", `[` + e(addrA, `"1"`) + `,` + e(addrB, `"2E3"`) + `]`, "index 1: amount \"2E3\""},
		{"negative", `[` + e(addrA, `"-3"`) + `]`, "index 0: amount \"-3\": negative"},
		{"missing amount", `[{"account":"` + addrA + `"}]`, "index 0: want {"},
		{"unknown field", `[{"account":"` + addrA + `","amount":"1","amt":"2"}]`, "index 0: json: unknown field"},
		{"duplicate", `[` + e(addrA, `"1"`) + `,` + e(addrB, `"1"`) + `,` + e(addrA, `"2"`) + `]`, "index 2: 0x1111111111111111111111111111111111111111 already listed at index 0"},
		{"bad address", `[` + e("0xzz", `"1"`) + `]`, "index 0: address \"0xzz\""},
		{"object duplicate key", `{"` + addrA + `":"1","` + addrA + `":"2"}`, "entry 1): 0x1111111111111111111111111111111111111111 already listed"},
		{"object number", `{"` + addrA + `":1}`, "entry 0): amount 1: want a decimal string"},
		{"object bad key", `{"alice":"1"}`, "key \"alice\" (entry 0): address"},
		{"trailing", `[` + e(addrA, `"1"`) + `] [`, "trailing data"},
		{"truncated", `[` + e(addrA, `"1"`), "reading json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadAmounts(strings.NewReader(c.in), "json")
			if err == nil || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("err = %v, want it to contain %q", err, c.msg)
			}
		})
	}
	if _, err := ReadAmounts(strings.NewReader(`[]`), "yaml"); err == nil {
		t.Fatal("unknown format accepted")
	}
}
