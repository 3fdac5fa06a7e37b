package settlement

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/covey-labs/covey/internal/pgtest"
)

// The input hash depends on the event set, not on the order rows came back in, and on every event.
func TestInputHashOrderIndependentAndSensitive(t *testing.T) {
	pool := pgtest.New(t)
	f := newFixture(t, pool)
	f.epochActivity(0)
	f.epochActivity(1)
	h1, err := InputHash(f.in)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	in := *f.in
	in.StakeChanges = append(in.StakeChanges[:0:0], f.in.StakeChanges...)
	in.Scores = append(in.Scores[:0:0], f.in.Scores...)
	r.Shuffle(len(in.StakeChanges), func(i, j int) { in.StakeChanges[i], in.StakeChanges[j] = in.StakeChanges[j], in.StakeChanges[i] })
	r.Shuffle(len(in.Scores), func(i, j int) { in.Scores[i], in.Scores[j] = in.Scores[j], in.Scores[i] })
	h2, _ := InputHash(&in)
	if h1 != h2 {
		t.Fatal("input hash depends on row order")
	}
	in.Scores = in.Scores[1:]
	if h3, _ := InputHash(&in); h3 == h1 {
		t.Fatal("input hash ignores a dropped score")
	}
	// The serialization is canonical JSON: it parses, and re-encoding with sorted keys changes nothing.
	var buf bytes.Buffer
	if err := WriteCanonicalInput(&buf, f.in); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	again, _ := json.Marshal(v)
	if !bytes.Equal(again, buf.Bytes()) {
		t.Fatalf("not canonical:\n%s\n%s", buf.Bytes(), again)
	}
}
