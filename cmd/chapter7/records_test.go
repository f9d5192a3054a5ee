package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// The seminar's question: what if China had vetoed 678? Fork the Kuwait
// autopilot at 678's turn with China played by a person, veto, play on,
// and compare with history.
func TestForkAtSixSeventyEightAndCompare(t *testing.T) {
	dir := t.TempDir()
	fork := filepath.Join(dir, "china.json")
	code, out, errOut := runCLI("fork", "autopilot:kuwait-1991", "--turn", "18", "--seat", "CHN", "--out", fork)
	if code != 0 {
		t.Fatalf("fork: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "at turn 18 (29 November 1990)") {
		t.Errorf("fork said %q", out)
	}
	w, _, err := data.ReadSave(fork)
	if err != nil {
		t.Fatal(err)
	}
	// The fork equals the original up to turn 18: the same votes so far.
	hist := game.RunToEnd(must(game.New(w.Scenario, 1, game.Options{Autopilot: true})))
	for i, v := range w.Votes {
		h := hist.Votes[i]
		if v.Symbol != h.Symbol || string(v.Ballots) != string(h.Ballots) {
			t.Fatalf("the fork's vote %d (%s) differs from the original's (%s)", i, v.Symbol, h.Symbol)
		}
	}
	// China threatens, then vetoes 678; the engine plays on to the end.
	for _, d := range w.Drafts {
		if d.Symbol == "S/RES/678(1990)" {
			w = apply(t, w, game.Command{Seat: "CHN", Kind: game.CmdThreatenVeto, Draft: d.ID})
		}
	}
	if len(w.Drafts) == 0 || !strings.Contains(w.Drafts[len(w.Drafts)-1].Symbol, "678") {
		t.Fatalf("678 should be tabled at the fork's turn")
	}
	for !w.Over {
		w = apply(t, w, game.Command{Seat: "CHN", Kind: game.CmdEndTurn})
	}
	played := filepath.Join(dir, "played.json")
	if err := data.WriteSave(played, game.MakeSave(w)); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCLI("compare", "autopilot:kuwait-1991", played, "--markdown")
	if code != 0 {
		t.Fatalf("compare: exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"The games first part at 29 November 1990, S/RES/678(1990): adopted 12-2-1 in history, vetoed by CHN 12-3-0 in played (CHN A→N)",
		"## Indicators over time",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("compare lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI("report", played, "--markdown")
	if code != 0 || !strings.Contains(out, "The game left history at S/RES/678(1990)") {
		t.Errorf("report: exit %d:\n%s", code, out)
	}
}

func TestRecordsBadInput(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"compare", "one.json"}, "compare takes two games"},
		{[]string{"compare", "nothere.json", "autopilot:kuwait-1991"}, "no such save"},
		{[]string{"report"}, "report needs a save file"},
		{[]string{"fork", "autopilot:kuwait-1991", "--turn", "99", "--seat", "CHN", "--out", filepath.Join(t.TempDir(), "f.json")}, "the game ends before turn 99"},
		{[]string{"fork", "autopilot:kuwait-1991", "--turn", "3"}, "fork needs --turn N"},
		{[]string{"fork", "autopilot:kuwait-1991", "--turn", "3", "--seat", "ZZZ", "--out", filepath.Join(t.TempDir(), "f.json")}, `unknown seat "ZZZ"`},
	} {
		code, _, errOut := runCLI(c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, %q; want exit 2 and one line saying %q", c.args, code, errOut, c.want)
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
