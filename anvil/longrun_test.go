package anvil

import "testing"

// A long-running devnet (the chaos load test resumes the simulator one epoch at a time for 30
// minutes) keeps FL tasks filling up with members; startRound and finalizeRound loop over every
// participant, and with a fixed 4M gas limit the 13th resumed epoch reverted out of gas. Sixteen
// resumed epochs must all go through.
func TestSimulateResumesEpochAfterEpoch(t *testing.T) {
	if testing.Short() {
		t.Skip("16 resumed epochs")
	}
	ctx := t.Context()
	_, d, c := startDevnet(t)
	for i := 0; i < 16; i++ {
		sum, err := Simulate(ctx, c, d, Options{Users: 40, Epochs: 1, Seed: uint64(100 + i)})
		if err != nil {
			t.Fatalf("resumed epoch %d: %v", i, err)
		}
		if sum.Actions["startRound"] == 0 && i > 0 {
			t.Errorf("epoch %d started no FL round", sum.FirstEpoch)
		}
	}
}
