package game_test

import (
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// The report of a game that follows history says so; one where China
// vetoes 678 shows where the game left history and what it cost.
func TestReportAgainstHistory(t *testing.T) {
	sc, _ := data.Load("kuwait-1991")
	hist := game.RunToEnd(must(game.New(sc, 1, game.Options{Autopilot: true})))
	same := game.BuildReport(hist, hist)
	if same.LeftHistory != "" {
		t.Errorf("the historical track left history: %s", same.LeftHistory)
	}
	for _, c := range same.Conditions {
		if c.Name == game.ConditionNames[1] && (!c.Held || !strings.Contains(c.Why, "breach of the peace")) {
			t.Errorf("Kuwait: the Council determined a breach of the peace (660): %+v", c)
		}
	}

	// China, played by a person, vetoes 678.
	w := must(game.New(sc, 1, game.Options{Autopilot: true, Humans: []string{"CHN"}}))
	for !w.Over {
		if w.Date >= game.MakeDate(1990, 11, 29) && w.Date <= game.MakeDate(1990, 12, 5) {
			for _, d := range w.Drafts {
				if d.Symbol == "S/RES/678(1990)" && d.Status.Open() {
					w = apply(t, w, game.Command{Seat: "CHN", Kind: game.CmdThreatenVeto, Draft: d.ID})
				}
			}
		}
		w = apply(t, w, game.Command{Seat: "CHN", Kind: game.CmdEndTurn})
	}
	r := game.BuildReport(w, hist)
	if !strings.Contains(r.LeftHistory, "S/RES/678(1990)") || !strings.Contains(r.LeftHistory, "CHN N (history A)") {
		t.Errorf("the report should say the game left history at 678 with China's no: %q", r.LeftHistory)
	}
	md := r.Markdown()
	for _, want := range []string{"# After-action report", "vetoed by CHN", "## The four conditions", "## For discussion", "whom did the veto shield"} {
		if !strings.Contains(strings.ToLower(md), strings.ToLower(want)) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

func must(w *game.World, err error) *game.World {
	if err != nil {
		panic(err)
	}
	return w
}

func apply(t *testing.T, w *game.World, c game.Command) *game.World {
	t.Helper()
	nw, _, err := game.Apply(w, c)
	if err != nil {
		t.Fatalf("%+v: %v", c, err)
	}
	return nw
}

// Objectives are judged from the world: the USA's "Kuwait restored" is met
// on the historical track, Iraq's "hold Kuwait" is not.
func TestObjectives(t *testing.T) {
	sc, _ := data.Load("kuwait-1991")
	w := game.RunToEnd(must(game.New(sc, 1, game.Options{Autopilot: true})))
	usa, _ := w.SeatByCode("USA")
	irq, _ := w.SeatByCode("IRQ")
	got := map[string]bool{}
	for _, o := range w.Objectives(usa) {
		got["USA "+o.Text] = o.Met
	}
	for _, o := range w.Objectives(irq) {
		got["IRQ "+o.Text] = o.Met
	}
	if !got["USA Kuwait restored"] || !got["USA A coalition the Council has authorised"] || got["IRQ Hold Kuwait"] {
		t.Errorf("objectives: %v", got)
	}
	jordan := false
	for _, e := range w.Events {
		if strings.Contains(e.Text, "Jordan asks the Council for help under Art. 50") {
			jordan = true
		}
	}
	if !jordan {
		t.Error("Jordan, which lives on trade with Iraq, should ask for help under Art. 50")
	}
}

// Replaying a saved game frame by frame ends on the saved world, and each
// frame is a turn: the dates only move forward.
func TestReplayTurns(t *testing.T) {
	sc, _ := data.Load("kuwait-1991")
	w := game.RunToEnd(must(game.New(sc, 9, game.Options{})))
	frames, err := game.ReplayTurns(sc, game.MakeSave(w))
	if err != nil {
		t.Fatal(err)
	}
	if got := frames[len(frames)-1]; got.Checksum() != w.Checksum() {
		t.Fatal("the last frame is not the saved game")
	}
	if len(frames) < w.Turn {
		t.Fatalf("%d frames for %d turns", len(frames), w.Turn)
	}
	for i := 1; i < len(frames); i++ {
		if frames[i].Date < frames[i-1].Date {
			t.Fatalf("frame %d goes back in time", i)
		}
	}
	bad := game.MakeSave(w)
	bad.Seed++
	if _, err := game.ReplayTurns(sc, bad); err == nil {
		t.Fatal("a tampered save replayed")
	}
}

// Every legal basis reads as words, never as its code, wherever it is shown.
func TestEveryBasisHasAName(t *testing.T) {
	for _, b := range []string{game.BasisCouncil, game.BasisArt51, game.BasisAssembly, game.BasisRegional, game.BasisUnilateral} {
		if n := game.BasisName(b); n == b || !strings.Contains(n, " ") {
			t.Errorf("basis %q reads as %q; want a phrase", b, n)
		}
	}
}
