package chaos

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// reorger makes the random reorgs of the reorg scenarios on an emitter chain: anvil_reorg with
// replacement transactions, anvil_rollback (a shorter chain) then new blocks, evm_revert to an earlier
// snapshot then a new history; one at a time, two or three stacked, or while covey is stopped.
//
// The chain reports head−final as finalized (anvil: 2 × slots-in-an-epoch, 64 by default) and covey
// marks the blocks it stored up to there finalized. A real chain never drops a finalized block, and
// covey takes a chain ending below one for a lagging node (F11: a run of rollbacks, each within final
// blocks of its own head, dropped blocks reported finalized earlier). So no reorg forks at or below
// maxHead−final, the highest head ever seen minus final.
type reorger struct {
	t *testing.T
	r *rand.Rand
	c *emitterChain
	// final is how far below the head the chain reports finalized blocks; deep the deepest reorg
	// (one in four is up to deep blocks, the others up to 8).
	final uint64
	deep  int
	// snaps are evm_snapshot ids with the head they were taken at, newest last.
	snaps   []reorgSnap
	maxHead uint64
}

type reorgSnap struct {
	id   string
	head uint64
}

func newReorger(t *testing.T, r *rand.Rand, c *emitterChain, final uint64, deep int) *reorger {
	return &reorger{t: t, r: r, c: c, final: final, deep: deep}
}

// forget drops snapshots above a block the chain replaced: reverting to them would be a deeper reorg.
func (g *reorger) forget(fork uint64) {
	for len(g.snaps) > 0 && g.snaps[len(g.snaps)-1].head > fork {
		g.snaps = g.snaps[:len(g.snaps)-1]
	}
}

// depth is a random reorg depth within room: mostly shallow, sometimes up to deep (real reorgs are
// shallow, the bound matters for deep ones).
func (g *reorger) depth(room int) int {
	if g.r.IntN(4) == 0 {
		return min(room, 1+g.r.IntN(g.deep))
	}
	return min(room, 1+g.r.IntN(8))
}

// once applies one random reorg and says what it did.
func (g *reorger) once() string {
	r, c := g.r, g.c
	head, _ := c.head()
	g.maxHead = max(g.maxHead, head)
	// Blocks above the highest finalized one, and above the emitters' deployment (a short chain's).
	room := min(int(int64(head)-(int64(g.maxHead)-int64(g.final))), int(head-c.deployed))
	if room < 1 {
		n := 1 + r.IntN(8)
		c.emitBlocks(r, n)
		return fmt.Sprintf("no reorg (the head is at the highest block reported finalized): %d new blocks", n)
	}
	switch k := r.IntN(10); {
	case k < 5:
		d := g.depth(room)
		c.reorg(r, d)
		g.forget(head - uint64(d))
		return fmt.Sprintf("anvil_reorg depth %d", d)
	case k < 7:
		d := g.depth(room)
		c.rollback(d)
		g.forget(head - uint64(d))
		n := r.IntN(d + 3)
		c.emitBlocks(r, n)
		return fmt.Sprintf("anvil_rollback %d then %d new blocks", d, n)
	default:
		last := len(g.snaps) - 1
		if last < 0 || head-g.snaps[last].head > uint64(g.deep) || g.snaps[last].head+g.final <= g.maxHead {
			d := g.depth(room)
			c.reorg(r, d)
			g.forget(head - uint64(d))
			return fmt.Sprintf("anvil_reorg depth %d", d)
		}
		s := g.snaps[last]
		g.snaps = g.snaps[:last]
		c.snaps = []string{s.id}
		if !c.revertLatest() {
			g.t.Fatalf("evm_revert %s failed", s.id)
		}
		n := r.IntN(int(head-s.head) + 4)
		c.emitBlocks(r, n)
		return fmt.Sprintf("evm_revert %d blocks then %d new blocks", head-s.head, n)
	}
}

// grow mines 0–5 blocks of random events (sometimes while covey is mid-sync).
func (g *reorger) grow() {
	g.c.emitBlocks(g.r, g.r.IntN(6))
}

// maybeSnapshot takes an evm_snapshot one time in three, for a later round to revert to.
func (g *reorger) maybeSnapshot() {
	if g.r.IntN(3) == 0 {
		var id string
		g.c.call(&id, "evm_snapshot")
		h, _ := g.c.head()
		g.snaps = append(g.snaps, reorgSnap{id, h})
	}
}

// round is one round's reorgs after the chain grew: a single reorg (6 in 10), two or three stacked
// with short pauses (2 in 10), or one or two while covey is stopped (stop before, start after). note
// records each step; kind names the round's kind and did what was done.
func (g *reorger) round(note func(string), stop, start func()) (kind string, did []string) {
	r := g.r
	time.Sleep(time.Duration(r.IntN(300)) * time.Millisecond)
	switch k := r.IntN(10); {
	case k < 6:
		did = append(did, g.once())
		note(did[len(did)-1])
		return "single", did
	case k < 8:
		for i := 0; i < 2+r.IntN(2); i++ {
			did = append(did, g.once())
			note(did[len(did)-1])
			time.Sleep(time.Duration(r.IntN(200)) * time.Millisecond)
		}
		return "stacked", did
	default:
		stop()
		did = append(did, g.once())
		if r.IntN(2) == 0 {
			did = append(did, g.once())
		}
		note(strings.Join(did, "; "))
		start()
		return "while stopped", did
	}
}

// growBack mines blocks of random events until the head is back at the highest it ever was: a real
// chain's safe and finalized tags never move back, anvil's do when it rolls back (they follow the
// head), so the finality scenarios compare once the tags are at least where they were.
func (g *reorger) growBack() int {
	head, _ := g.c.head()
	g.maxHead = max(g.maxHead, head)
	n := int(g.maxHead - head)
	g.c.emitBlocks(g.r, n)
	return n
}
