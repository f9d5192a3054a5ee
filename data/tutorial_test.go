package data

import (
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// A scripted player completes the tutorial: each lesson opens when the
// last is done, and doing what a lesson says completes it.
func TestTutorialCanBeCompleted(t *testing.T) {
	s, err := Load("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	w, err := game.New(s, 1, game.Options{Humans: []string{"XPA"}})
	if err != nil {
		t.Fatal(err)
	}
	seat, _ := w.SeatByCode("XPA")
	apply := func(c game.Command) {
		t.Helper()
		c.Seat = "XPA"
		nw, _, err := game.Apply(w, c)
		if err != nil {
			t.Fatalf("%s: %v", c.Kind, err)
		}
		w = nw
	}
	lesson := func() int { n, _, _ := w.Tutorial(seat); return n }
	vote := func(id int) {
		apply(game.Command{Kind: game.CmdTable, Draft: id})
		apply(game.Command{Kind: game.CmdCallVote, Draft: id})
		apply(game.Command{Kind: game.CmdEndTurn})
	}
	if n, step, ok := w.Tutorial(seat); !ok || n != 0 || step.Why == "" {
		t.Fatalf("the tutorial opens on its first lesson: %d %+v %v", n, step, ok)
	}
	apply(game.Command{Kind: game.CmdDraft, Clauses: []game.ClauseEntry{{ID: game.Condemn}}})
	d := w.LastDraft()
	if lesson() != 1 {
		t.Fatalf("after drafting a condemnation: lesson %d", lesson())
	}
	apply(game.Command{Kind: game.CmdAddClause, Draft: d, Clause: game.DetermineBreach})
	apply(game.Command{Kind: game.CmdAddClause, Draft: d, Clause: game.DemandWithdrawal})
	apply(game.Command{Kind: game.CmdSetChapter, Draft: d, Chapter: 7})
	if lesson() != 2 {
		t.Fatalf("after determining under Chapter VII: lesson %d", lesson())
	}
	vote(d)
	if lesson() != 3 {
		t.Fatalf("after the vote (%+v): lesson %d", w.Votes, lesson())
	}
	apply(game.Command{Kind: game.CmdDraft, Chapter: 7, Clauses: []game.ClauseEntry{{ID: game.ComprehensiveSanctions}}})
	vote(w.LastDraft())
	if lesson() != 4 {
		for _, e := range w.Events[len(w.Events)-8:] {
			t.Log(e.Date, e.Text)
		}
		t.Fatalf("after sanctions: lesson %d", lesson())
	}
	// Wait for a breach, then name it.
	for turn := 0; turn < 12 && len(w.Breaches) == 0; turn++ {
		apply(game.Command{Kind: game.CmdEndTurn})
	}
	if len(w.Breaches) == 0 {
		t.Fatal("no sanctions breach was reported: the lesson cannot be done")
	}
	apply(game.Command{Kind: game.CmdNameBreach, Target: w.Code(w.Breaches[0].State)})
	if lesson() != 5 {
		t.Fatalf("after naming the breach: lesson %d", lesson())
	}
	apply(game.Command{Kind: game.CmdDraft, Chapter: 7, Clauses: []game.ClauseEntry{{ID: game.DemandWithdrawal}, {ID: game.AuthorizeForce}}})
	vote(w.LastDraft())
	if lesson() != 6 {
		t.Fatalf("after the force vote (%+v): lesson %d", w.Votes[len(w.Votes)-1], lesson())
	}
	apply(game.Command{Kind: game.CmdRequestSession})
	if n, step, _ := w.Tutorial(seat); n != len(game.TutorialSteps) || step.Title != "Done" {
		t.Fatalf("after Uniting for Peace: lesson %d, %s", n, step.Title)
	}
	if last := w.Votes[len(w.Votes)-1]; last.Body != game.BodyGA || last.Yes+last.No+last.Abstain > len(s.States) {
		t.Errorf("the tutorial's Assembly is its own states: %+v", last)
	}
}
