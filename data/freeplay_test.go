package data

import (
	"fmt"
	"slices"
	"strings"
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

// A veto threat is news before the vote, while the sponsors can still amend
// the text: a permanent member warns of a tabled draft it would veto, and
// says nothing after the fact about one already called to the vote.
func TestVetoThreatsComeBeforeTheVote(t *testing.T) {
	sc, err := Load("kosovo-1999")
	if err != nil {
		t.Fatal(err)
	}
	force := []game.ClauseEntry{{ID: game.DemandWithdrawal}, {ID: game.AuthorizeForce}}
	threatsOn := func(w *game.World, draft int) []game.Event {
		var out []game.Event
		for _, e := range w.Events {
			if e.Kind == game.EvThreat && strings.Contains(e.Text, fmt.Sprintf("draft %d ", draft)) {
				out = append(out, e)
			}
		}
		return out
	}
	for _, callNow := range []bool{false, true} {
		w, err := game.New(sc, 1, game.Options{Humans: []string{"USA"}})
		if err != nil {
			t.Fatal(err)
		}
		w = apply(t, w, game.Command{Seat: "USA", Kind: game.CmdDraft, Chapter: 7, Clauses: force})
		id := w.LastDraft()
		w = apply(t, w, game.Command{Seat: "USA", Kind: game.CmdTable, Draft: id})
		if callNow {
			w = apply(t, w, game.Command{Seat: "USA", Kind: game.CmdCallVote, Draft: id})
		}
		w = apply(t, w, game.Command{Seat: "USA", Kind: game.CmdEndTurn})
		if !callNow {
			if len(threatsOn(w, id)) == 0 {
				t.Fatalf("a tabled authorisation of force drew no veto threat in the turn it was tabled")
			}
			w = apply(t, w, game.Command{Seat: "USA", Kind: game.CmdCallVote, Draft: id})
			w = apply(t, w, game.Command{Seat: "USA", Kind: game.CmdEndTurn})
		}
		var vote *game.VoteRecord
		for i := range w.Votes {
			if w.Votes[i].Draft == id {
				vote = &w.Votes[i]
			}
		}
		if vote == nil {
			t.Fatalf("draft %d was never voted", id)
		}
		for _, e := range threatsOn(w, id) {
			if e.Date > vote.Date {
				t.Errorf("called at once = %v: %q on %s, after the vote on %s", callNow, e.Text, e.Date, vote.Date)
			}
		}
	}
}

func apply(t *testing.T, w *game.World, c game.Command) *game.World {
	t.Helper()
	nw, _, err := game.Apply(w, c)
	if err != nil {
		t.Fatalf("%+v: %v", c, err)
	}
	return nw
}

// The engine's champion forces a veto once, not again and again: the same
// text, vetoed, is not tabled a second time while the veto still stands.
func TestChampionDoesNotRetableAVetoedText(t *testing.T) {
	for _, id := range []string{"kosovo-1999", "kuwait-1991"} {
		sc, err := Load(id)
		if err != nil {
			t.Fatal(err)
		}
		for seed := uint64(1); seed <= 10; seed++ {
			w, err := game.New(sc, seed, game.Options{Humans: []string{"secretariat"}})
			if err != nil {
				t.Fatal(err)
			}
			w = game.RunToEnd(w)
			seen := map[string]bool{}
			for _, v := range w.Votes {
				if len(v.VetoedBy) == 0 {
					continue
				}
				key := fmt.Sprint(v.Clauses)
				if seen[key] {
					t.Errorf("%s seed %d: %v vetoed again on %s", id, seed, v.Clauses, v.Date)
				}
				seen[key] = true
			}
		}
	}
}
