package game_test

import (
	"testing"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

func kuwait(b *testing.B) *game.Scenario {
	sc, err := data.Load("kuwait-1991")
	if err != nil {
		b.Fatal(err)
	}
	return sc
}

// BenchmarkAutopilotGame plays a whole Kuwait game headless on the
// historical track (target: under 5 ms).
func BenchmarkAutopilotGame(b *testing.B) {
	sc := kuwait(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		w, _ := game.New(sc, uint64(i), game.Options{Autopilot: true})
		game.RunToEnd(w)
	}
}

// BenchmarkFreeGame plays a whole Kuwait game with every actor on its own interests.
func BenchmarkFreeGame(b *testing.B) {
	sc := kuwait(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		w, _ := game.New(sc, uint64(i), game.Options{})
		game.RunToEnd(w)
	}
}

// BenchmarkTurn is one turn of the Kuwait case, in the thick of it.
func BenchmarkTurn(b *testing.B) {
	sc := kuwait(b)
	w, _ := game.New(sc, 1, game.Options{Autopilot: true})
	for w.Date < game.MakeDate(1990, 11, 22) {
		w, _, _ = game.Apply(w, game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
	}
	b.ReportAllocs()
	for b.Loop() {
		game.Apply(w, game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
	}
}

// BenchmarkWhip predicts all 15 Council votes on a draft: what the whip
// count recomputes on every edit.
func BenchmarkWhip(b *testing.B) {
	sc := kuwait(b)
	w, _ := game.New(sc, 1, game.Options{Humans: []string{"USA"}})
	w, _, _ = game.Apply(w, game.Command{Seat: "USA", Kind: game.CmdDraft, Symbol: "S/RES/678(1990)"})
	d := &w.Drafts[len(w.Drafts)-1]
	b.ReportAllocs()
	for b.Loop() {
		w.Whip(d)
	}
}

// BenchmarkApply is one diplomatic command through the single entry point.
func BenchmarkApply(b *testing.B) {
	sc := kuwait(b)
	w, _ := game.New(sc, 1, game.Options{Humans: []string{"USA"}})
	cmd := game.Command{Seat: "USA", Kind: game.CmdLobby, Target: "CUB"}
	b.ReportAllocs()
	for b.Loop() {
		game.Apply(w, cmd)
	}
}
