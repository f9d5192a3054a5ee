package data

import (
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// Difficulty changes what the player is told and how hard the engine's
// states bargain, not the rules: the same lobbying moves Cuba more on
// easy than on hard, the whip count on hard hides the votes it cannot
// read, and a save keeps its level.
func TestDifficulty(t *testing.T) {
	s, err := Load("kuwait-1991")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := game.New(s, 1, game.Options{Difficulty: "brutal"}); err == nil || !strings.Contains(err.Error(), "use easy, normal, hard") {
		t.Errorf("an unknown level: %v", err)
	}
	cub, _ := s.StateByCode("CUB")
	moved := map[string]float64{}
	for _, lvl := range game.Difficulties {
		w, err := game.New(s, 1, game.Options{Humans: []string{"USA"}, Difficulty: lvl})
		if err != nil {
			t.Fatal(err)
		}
		before := w.Inclined(cub)
		if w, _, err = game.Apply(w, game.Command{Seat: "USA", Kind: game.CmdLobby, Target: "CUB"}); err != nil {
			t.Fatal(err)
		}
		moved[lvl] = w.Inclined(cub) - before
		if lvl == game.DifficultyHard {
			back, err := game.Replay(s, game.MakeSave(w))
			if err != nil || back.Difficulty != game.DifficultyHard {
				t.Errorf("a hard game's save replays hard: %v, %q", err, back.Difficulty)
			}
		}
	}
	if !(moved["easy"] > moved["normal"] && moved["normal"] > moved["hard"] && moved["hard"] > 0) {
		t.Errorf("lobbying Cuba moved it %v", moved)
	}

	// The whip count: on hard some votes are unclear and count nowhere.
	w, _ := game.New(s, 1, game.Options{Humans: []string{"USA"}, Difficulty: game.DifficultyHard})
	force, _ := ParseClause("authorize-force(deadline=1990-09-15)")
	if w, _, err = game.Apply(w, game.Command{Seat: "USA", Kind: game.CmdDraft, Chapter: 7, Clauses: []game.ClauseEntry{{ID: game.DemandWithdrawal}, force}}); err != nil {
		t.Fatal(err)
	}
	d, _ := w.DraftByID(w.LastDraft())
	full, told := w.Whip(d), w.PlayerWhip(d)
	if told.UnclearCount == 0 || told.Yes+told.No+told.Abstain+told.UnclearCount != full.Yes+full.No+full.Abstain {
		t.Errorf("hard whip: %d unclear, %d-%d-%d told, %d-%d-%d in fact", told.UnclearCount, told.Yes, told.No, told.Abstain, full.Yes, full.No, full.Abstain)
	}
	normal, _ := game.New(s, 1, game.Options{Humans: []string{"USA"}})
	if normal, _, err = game.Apply(normal, game.Command{Seat: "USA", Kind: game.CmdDraft, Chapter: 7, Clauses: []game.ClauseEntry{{ID: game.DemandWithdrawal}, force}}); err != nil {
		t.Fatal(err)
	}
	nd, _ := normal.DraftByID(normal.LastDraft())
	if wc := normal.PlayerWhip(nd); wc.Unclear != nil || wc.Certainty[0] == 0 {
		t.Error("on normal every vote is told, with its certainty")
	}
}
