package data

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// An engine-played permanent member explains its veto at its next move,
// with the concern that weighed most against the text: here China, on a
// text that authorises force.
func TestEngineExplainsVeto(t *testing.T) {
	s, err := LoadAny("kuwait-1991")
	if err != nil {
		t.Fatal(err)
	}
	w, err := game.New(s, 1, game.Options{Humans: []string{"USA"}})
	if err != nil {
		t.Fatal(err)
	}
	chn, _ := s.StateByCode("CHN")
	usa, _ := s.StateByCode("USA")
	force, _ := ParseClause("authorize-force(deadline=1990-09-15)")
	id := len(w.Drafts) + 1
	w.Drafts = append(w.Drafts, game.Draft{ID: id, Body: game.BodySC, Historical: -1, Chapter: 7,
		Clauses: []game.ClauseEntry{{ID: game.DemandWithdrawal}, force}, Sponsors: []game.StateID{usa},
		Status: game.Vetoed, Meeting: w.Date, Unexplained: []game.StateID{chn}})
	w.Votes = append(w.Votes, game.VoteRecord{Date: w.Date, Body: game.BodySC, Draft: id, VetoedBy: []game.StateID{chn}})
	legit := w.States[chn].Legitimacy
	w, _, err = game.Apply(w, game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(w.Events, func(e game.Event) bool { return strings.Contains(e.Text, "explains its veto") })
	if i < 0 {
		t.Fatal("China, played by the engine, did not explain its veto")
	}
	if txt := w.Events[i].Text; !strings.Contains(txt, fmt.Sprintf("China explains its veto of draft %d: the text opens the way to the use of force", id)) {
		t.Errorf("explanation: %q", txt)
	}
	if len(w.OwedExplanations(chn)) != 0 || w.States[chn].Legitimacy <= legit-1 {
		t.Errorf("explained, China owes nothing and recovers standing: owes %v, legitimacy %v → %v", w.OwedExplanations(chn), legit, w.States[chn].Legitimacy)
	}
}

// From 26 April 2022 the General Assembly debates every veto (GA res.
// 76/262); before, it does not.
func TestAssemblyDebatesVetoFrom2022(t *testing.T) {
	raw, err := os.ReadFile("testdata/scenarios/fictional-dispute.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(raw)
	for _, c := range []struct {
		year   string
		debate bool
	}{{"2023", true}, {"2021", false}} {
		text := strings.NewReplacer("2001-03-01", c.year+"-03-01", "2001-06-30", c.year+"-06-30", "year = 2001", "year = "+c.year).Replace(src)
		s, err := Parse("fixture.toml", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		w, err := game.New(s, 1, game.Options{Humans: []string{"P1A"}})
		if err != nil {
			t.Fatal(err)
		}
		p1, _ := s.StateByCode("P1A")
		id := len(w.Drafts) + 1
		w.Drafts = append(w.Drafts, game.Draft{ID: id, Body: game.BodySC, Historical: -1, Chapter: 6,
			Clauses: []game.ClauseEntry{{ID: game.Condemn}}, Status: game.Vetoed, Meeting: w.Date, Unexplained: []game.StateID{p1}})
		w.Votes = append(w.Votes, game.VoteRecord{Date: w.Date, Body: game.BodySC, Draft: id, VetoedBy: []game.StateID{p1}})
		for range 2 {
			if w, _, err = game.Apply(w, game.Command{Seat: game.Chair, Kind: game.CmdAdvance}); err != nil {
				t.Fatal(err)
			}
		}
		debated := slices.ContainsFunc(w.Events, func(e game.Event) bool {
			return strings.Contains(e.Text, fmt.Sprintf("The General Assembly debates Permanent One's veto of draft %d (GA res. 76/262); Permanent One gave no reasons", id))
		})
		if debated != c.debate {
			t.Errorf("%s: the Assembly debated the veto: %v, want %v", c.year, debated, c.debate)
		}
	}
}
