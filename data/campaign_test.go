package data

import (
	"slices"
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// A campaign's state carries over: China's veto in the Gulf crisis changes
// how the United States sees it in Kosovo, China starts with less
// standing, and the game says why. The carried game saves and replays.
func TestCampaignCarriesAVeto(t *testing.T) {
	kuwait, err := Load("kuwait-1991")
	if err != nil {
		t.Fatal(err)
	}
	w, err := game.New(kuwait, 1, game.Options{Humans: []string{"USA", "CHN"}})
	if err != nil {
		t.Fatal(err)
	}
	force, _ := ParseClause("authorize-force(deadline=1990-09-15)")
	for _, c := range []game.Command{
		{Seat: "USA", Kind: game.CmdDraft, Chapter: 7, Clauses: []game.ClauseEntry{{ID: game.DemandWithdrawal}, force}},
		{Seat: "USA", Kind: game.CmdTable, Draft: 1},
		{Seat: "CHN", Kind: game.CmdThreatenVeto, Draft: 1},
		{Seat: "USA", Kind: game.CmdCallVote, Draft: 1},
		{Seat: "USA", Kind: game.CmdEndTurn},
		{Seat: "CHN", Kind: game.CmdEndTurn},
	} {
		if w, _, err = game.Apply(w, c); err != nil {
			t.Fatalf("%s: %v", c.Kind, err)
		}
	}
	if len(w.Votes) == 0 || len(w.Votes[0].VetoedBy) == 0 {
		t.Fatal("China did not veto")
	}
	carry := game.CarryFrom(w)
	if !slices.Contains(carry.Precedents, game.PrecedentVeto+"CHN") {
		t.Fatalf("precedents %v: China's veto should be remembered", carry.Precedents)
	}
	kosovo, err := Load("kosovo-1999")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := game.New(kosovo, 2, game.Options{Humans: []string{"USA"}})
	if err != nil {
		t.Fatal(err)
	}
	carried, err := game.New(kosovo, 2, game.Options{Humans: []string{"USA"}, Carry: &carry})
	if err != nil {
		t.Fatal(err)
	}
	usa, _ := kosovo.StateByCode("USA")
	chn, _ := kosovo.StateByCode("CHN")
	if carried.Rel(usa, chn) >= plain.Rel(usa, chn) {
		t.Errorf("the United States' view of China in 1998: %v with the Gulf veto carried, %v without", carried.Rel(usa, chn), plain.Rel(usa, chn))
	}
	if carried.States[chn].Legitimacy >= plain.States[chn].Legitimacy {
		t.Errorf("China's standing: %v carried, %v fresh", carried.States[chn].Legitimacy, plain.States[chn].Legitimacy)
	}
	if !slices.ContainsFunc(carried.Events, func(e game.Event) bool { return strings.Contains(e.Text, "From kuwait-1991: CHN's veto is remembered") }) {
		t.Error("the game should say what carried over")
	}
	back, err := game.Replay(kosovo, game.MakeSave(carried))
	if err != nil || back.Checksum() != carried.Checksum() {
		t.Errorf("a carried game replays from its save: %v", err)
	}
}
