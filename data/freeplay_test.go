package data

import (
	"slices"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// Off the historical track, the engine's champion in a crisis inside a
// state starts where the Council can: an arms embargo, then demands to stop
// the fighting. It does not open with an invasion's ladder (a comprehensive
// embargo, then authorisations of force) that the Council of 1998 would
// never have passed.
func TestKosovoFreePlayStartsWithAnArmsEmbargo(t *testing.T) {
	sc, err := Load("kosovo-1999")
	if err != nil {
		t.Fatal(err)
	}
	end1998, _ := game.ParseDate("1998-12-31")
	for seed := uint64(1); seed <= 20; seed++ {
		w, err := game.New(sc, seed, game.Options{Humans: []string{"secretariat"}})
		if err != nil {
			t.Fatal(err)
		}
		w = game.RunToEnd(w)
		if len(w.Votes) == 0 {
			t.Fatalf("seed %d: the Council never voted", seed)
		}
		if first := w.Votes[0].Clauses; !slices.Contains(first, game.ArmsEmbargo) {
			t.Errorf("seed %d: the first text voted was %v; want an arms embargo", seed, first)
		}
		for _, v := range w.Votes {
			if v.Date > end1998 {
				break
			}
			if slices.Contains(v.Clauses, game.AuthorizeForce) || slices.Contains(v.Clauses, game.ComprehensiveSanctions) {
				t.Errorf("seed %d: on %s the Council voted %v; in 1998 it had not got past arms and demands", seed, v.Date, v.Clauses)
			}
		}
		if w.Outcome == "catastrophe" {
			t.Errorf("seed %d: ended in catastrophe on %s", seed, w.Date)
		}
	}
}
