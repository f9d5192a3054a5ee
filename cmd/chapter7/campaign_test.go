package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// A campaign plays its crises in order: each is a save of its own, the
// second starts from what the first handed on, and a campaign stopped
// between crises continues where it stood.
func TestCampaignNewAndContinue(t *testing.T) {
	dir := t.TempDir()
	origPlay, origIn := playCrisis, campaignIn
	t.Cleanup(func() { playCrisis, campaignIn = origPlay, origIn })
	stopAfter := 0 // turns to play before stopping, 0 for the whole crisis
	// The front end's stand-in: the engine plays every seat the player
	// leaves alone, to the end or for some turns, and autosaves.
	playCrisis = func(path string, _ bool, _ string, _ io.Writer) error {
		w, _, err := data.ReadSave(path)
		if err != nil {
			return err
		}
		for n := 0; !w.Over && (stopAfter == 0 || n < stopAfter); n++ {
			if w, _, err = game.Apply(w, game.Command{Seat: game.Chair, Kind: game.CmdAdvance}); err != nil {
				return err
			}
		}
		return data.WriteSave(path, game.MakeSave(w))
	}
	campaignIn = strings.NewReader("q\n")
	code, out, errOut := runCLI("campaign", "new", "--kind", "historical", "--seat", "USA", "--seed", "3", "--save-dir", dir, "--plain")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Crisis 1 of 2") || !strings.Contains(out, "What carries over to the next crisis:") {
		t.Fatalf("between crises the campaign says what carried over:\n%s", out)
	}
	c, err := data.ReadCampaign(data.CampaignPath(dir, "historical"))
	if err != nil || c.Crisis != 1 || len(c.Games) != 1 {
		t.Fatalf("after the first crisis, stopped: %+v, %v", c, err)
	}
	// Continue: the second crisis starts from the first's carry.
	stopAfter = 3
	campaignIn = strings.NewReader("")
	code, out, errOut = runCLI("campaign", "continue", "--save-dir", dir, "--plain")
	if code != 0 || !strings.Contains(out, "chapter7 campaign continue --kind historical picks it up") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	w, s, err := data.ReadSave(filepath.Join(dir, "campaign-historical-2.json"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Carry == nil || s.Carry.From != "kuwait-1991" || w.Seed != 4 {
		t.Errorf("the Kosovo game should start from the Gulf's carry, seed 3+1: carry %+v, seed %d", s.Carry, w.Seed)
	}
	// The rest of Kosovo, and the end.
	stopAfter = 0
	code, out, _ = runCLI("campaign", "continue", "--save-dir", dir, "--plain")
	if code != 0 || !strings.Contains(out, "The campaign is over") {
		t.Fatalf("exit %d: %s", code, out)
	}
	// The campaign's report: the verdict, then each crisis's report.
	code, out, _ = runCLI("report", data.CampaignPath(dir, "historical"), "--markdown")
	for _, want := range []string{"# Campaign report", "**Verdict: collective-security-", "| 2 | Kosovo 1998–99 |", "From kuwait-1991:", "## 1. After-action report: Iraq–Kuwait", "## 2. After-action report: Kosovo"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("campaign report lacks %q (exit %d)", want, code)
		}
	}
	// Mistakes get one line and exit 2.
	for _, args := range [][]string{
		{"campaign", "new", "--kind", "historical", "--seat", "IRQ", "--save-dir", dir},
		{"campaign", "new", "--kind", "generated", "--seat", "USA", "--save-dir", dir},
		{"campaign", "new", "--kind", "imaginary", "--seat", "USA", "--save-dir", dir},
		{"campaign", "continue", "--save-dir", t.TempDir()},
		{"campaign"},
	} {
		if code, _, errOut := runCLI(args...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	os.Remove(data.CampaignPath(dir, "historical"))
}
