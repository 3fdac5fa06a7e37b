package indexer

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

// TestDecodeLogs: the fast eth_getLogs parser agrees with go-ethereum's decoding, and odd inputs take
// the encoding/json path (with its errors).
func TestDecodeLogs(t *testing.T) {
	in := `[ {"address":"0x5FbDB2315678afecb367f032d93F642f64180aa3","topics":["0x9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d","0x000000000000000000000000abcdef0123456789abcdef0123456789abcdef01"],
	"data":"0x00ff","blockHash":"0x159c5c3e3b7d8990d757f5e86951468190c2df6612ff456a5bf88bca2384061a","blockNumber":"0x1a","blockTimestamp":"0x6553f100",
	"transactionHash":"0x26f887e4afd0a4516dc81cbeed2b962da4f5fb512389fd9a7bd7236686c4217f","transactionIndex":"0x0","logIndex":"0x3","removed":false},
	{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x","blockHash":"0x159c5c3e3b7d8990d757f5e86951468190c2df6612ff456a5bf88bca2384061a",
	"blockNumber":"0x1a","transactionHash":"0x26f887e4afd0a4516dc81cbeed2b962da4f5fb512389fd9a7bd7236686c4217f","transactionIndex":"0x1","logIndex":"0x4","removed":true}]`
	var want []types.Log
	if err := json.Unmarshal([]byte(in), &want); err != nil {
		t.Fatal(err)
	}
	got, err := fastLogs([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("fast parse\n got %+v\nwant %+v", got, want)
	}
	for _, bad := range []string{`[{"address":"0x01"}]`, `[{"extra":{"a":1}}]`, `{"x":1}`, `[`, `[{"address":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}]`} {
		if _, err := fastLogs([]byte(bad)); err == nil {
			t.Errorf("fast parser accepted %s", bad)
		}
		if _, err := decodeLogs([]byte(bad)); err == nil {
			t.Errorf("decodeLogs accepted %s", bad)
		}
	}
	if l, err := decodeLogs([]byte(`[]`)); err != nil || len(l) != 0 {
		t.Fatalf("empty: %v %v", l, err)
	}
}

func TestSplitBatch(t *testing.T) {
	body := `[ {"jsonrpc":"2.0","id":2,"result":[{"a":"x\"]}"}]} , {"jsonrpc":"2.0","id":1 ,"error":{"code":-32005,"message":"query returned more than 10000 results"}},{"id":"3","result":null}]`
	res, err := splitBatch([]byte(body), 3)
	if err != nil {
		t.Fatal(err)
	}
	if string(res[1].result) != `[{"a":"x\"]}"}]` {
		t.Errorf("result 2 = %s", res[1].result)
	}
	var re interface{ ErrorCode() int }
	if e, ok := res[0].err.(interface{ ErrorCode() int }); !ok || e.ErrorCode() != -32005 {
		t.Errorf("error 1 = %v", res[0].err)
	} else {
		re = e
	}
	_ = re
	if string(res[2].result) != "null" {
		t.Errorf("result 3 = %s", res[2].result)
	}
	for _, bad := range []string{body[:len(body)/2], `[]`, `[{"id":1}]`, `{"error":{"code":1,"message":"whole batch refused"}}`, `[{"id":1,"result":1},{"id":1,"result":2}]`} {
		if _, err := splitBatch([]byte(bad), 2); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}
