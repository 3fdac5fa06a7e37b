package graphql

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestEncodeClaimMatchesABI: the hand-laid calldata is exactly go-ethereum's ABI encoding.
func TestEncodeClaimMatchesABI(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 40; n++ {
		var a common.Address
		for i := range a {
			a[i] = byte(r.Uint32())
		}
		amount := new(big.Int).Rand(r, maxUint256)
		if n == 0 {
			amount = new(big.Int)
		}
		if n == 1 {
			amount = new(big.Int).Set(maxUint256)
		}
		proof := make([]common.Hash, n%25)
		for i := range proof {
			for j := range proof[i] {
				proof[i][j] = byte(r.Uint32())
			}
		}
		got, err := EncodeClaim(a, amount, proof)
		if err != nil {
			t.Fatal(err)
		}
		p := make([][32]byte, len(proof))
		for i, h := range proof {
			p[i] = h
		}
		want, err := distributorABI.Pack("claim", a, amount, p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d:\n got %x\nwant %x", n, got, want)
		}
	}
	if _, err := EncodeClaim(common.Address{}, new(big.Int).Lsh(big.NewInt(1), 256), nil); err == nil {
		t.Fatal("2^256 encoded")
	}
	if _, err := EncodeClaim(common.Address{}, big.NewInt(-1), nil); err == nil {
		t.Fatal("-1 encoded")
	}
}

// TestResponseBytesMatchEncoder: writing a successful response directly gives the same bytes as
// json.Encoder did, for every golden query.
func TestResponseBytesMatchEncoder(t *testing.T) {
	env := newEnv(t, Options{})
	files, _ := filepath.Glob("testdata/golden/*.graphql")
	if len(files) == 0 {
		t.Fatal("no golden queries")
	}
	compared := 0
	for _, f := range files {
		q, vars := goldenRequest(t, f)
		out, _ := env.srv.execute(context.Background(), request{Query: q, Variables: vars}, true)
		if len(out.Errors) > 0 {
			continue
		}
		direct, encoded := httptest.NewRecorder(), httptest.NewRecorder()
		writeResponse(direct, out)
		writeJSON(encoded, 200, out)
		if !bytes.Equal(direct.Body.Bytes(), encoded.Body.Bytes()) {
			t.Fatalf("%s:\ndirect  %s\nencoder %s", f, direct.Body, encoded.Body)
		}
		compared++
	}
	if compared < len(files)/2 {
		t.Fatalf("only %d of %d golden queries compared", compared, len(files))
	}
}

// TestCheckRemembersPassingDocuments: check's memory returns the same verdict as a fresh check,
// never remembers a refusal, keys on the operation name too, and stays bounded.
func TestCheckRemembersPassingDocuments(t *testing.T) {
	env := newEnv(t, Options{MaxComplexity: 5})
	s := env.srv
	ok := request{Query: `query A { status { chainId } } subscription B { head { block } }`, OperationName: "A"}
	other := ok
	other.OperationName = "B" // same text, other operation: another verdict
	for i := 0; i < 2; i++ {
		if c, qerr := s.check(ok); qerr != nil || c.typ != "query" {
			t.Fatalf("run %d: %v %q", i, qerr, c.typ)
		}
		if c, qerr := s.check(other); qerr != nil || c.typ != "subscription" {
			t.Fatalf("run %d: %v %q", i, qerr, c.typ)
		}
	}
	tooBig := request{Query: `query A { status { chainId } } query B { status { chainId lagBlocks lagSeconds head { number hash } } }`, OperationName: "A"}
	for i := 0; i < 2; i++ {
		// Every operation of a document is measured, the one not selected too.
		if _, qerr := s.check(tooBig); qerr == nil || qerr.Extensions["limit"] != "complexity" {
			t.Fatalf("run %d: %v", i, qerr)
		}
	}
	if _, remembered := s.checked.get("A\x00" + tooBig.Query); remembered {
		t.Fatal("a refused document was remembered")
	}
	for i := 0; i < 3000; i++ {
		s.check(request{Query: fmt.Sprintf(`{ a%d: status { chainId } }`, i)})
	}
	if n := len(s.checked.m); n > 1024 {
		t.Fatalf("%d documents remembered", n)
	}
}

// TestDatabaseNumerics: numerics kept as the database's text are written exactly as parsing and
// formatting them wrote them, and decimal parses them for arithmetic.
func TestDatabaseNumerics(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 200; i++ {
		n := new(big.Int).Rand(r, maxUint256)
		got, _ := json.Marshal(bigOf(n.String()))
		if want := `"` + n.String() + `"`; string(got) != want || decimal(n.String()).Cmp(n) != 0 {
			t.Fatalf("numeric %s: %s", n, got)
		}
	}
	if got, _ := json.Marshal(bigOf("")); string(got) != `"0"` {
		t.Fatalf("empty numeric: %s", got)
	}
}
