package ui

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// Goldens of the final view, colours stripped, at 80×24 and 160×48. The
// models run in a real tea.Program (teatest); run with -update to rewrite
// testdata/*.golden after a deliberate change.

var sizes = [][2]int{{80, 24}, {160, 48}}

// runGolden runs m in a program at a size, waits for want on the screen,
// sends keys, quits and goldens the final frame.
func runGolden(t *testing.T, m *Model, w, h int, want string, keys ...string) {
	t.Helper()
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	golden.RequireEqual(t, ansi.Strip(fm.Frame()))
}

// prepared hands a model that was driven directly to a program: Init must
// not start another game.
func prepared(m *Model) *Model {
	m.opt.Scenario, m.opt.Seat, m.opt.Load = "", "", ""
	m.dirty = true
	return m
}

func TestGoldenStart(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := New(Options{SaveDir: "/nonexistent/chapter7/saves", NoColor: true, Seed: 1})
			runGolden(t, m, sz[0], sz[1], "none yet")
		})
	}
}

func TestGoldenNewGameForm(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := New(Options{SaveDir: "/nonexistent/chapter7/saves", NoColor: true, Seed: 1})
			runGolden(t, m, sz[0], sz[1], "none yet", "enter", "down", "right", "space", "left", "space")
		})
	}
}

func TestGoldenCouncilWithOpenDraft(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := New(Options{Scenario: "kuwait-1991", Seat: "USA", Seed: 1, NoColor: true})
			runGolden(t, m, sz[0], sz[1], "AP ", "3", "H", "down", "enter", "down", "down", "space")
		})
	}
}

func TestGoldenSanctions(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := newGame(t, "USA", sz[0], sz[1])
			pickHistorical(t, m, "S/RES/661(1990)")
			press(t, m, "t", "v", "enter")
			for i := 0; i < 8; i++ {
				press(t, m, "e")
			}
			m.opt.SaveDir = ""
			runGolden(t, prepared(m), sz[0], sz[1], "AP ", "5", "down")
		})
	}
}

func TestGoldenReport(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := newGame(t, "USA", sz[0], sz[1])
			for _, sym := range []string{"S/RES/660(1990)", "S/RES/661(1990)"} {
				pickHistorical(t, m, sym)
				press(t, m, "t", "v", "enter")
			}
			for i := 0; i < 60 && !m.g.w.Over; i++ {
				press(t, m, "e")
			}
			m.opt.SaveDir = ""
			m.tab = tabBrief
			runGolden(t, prepared(m), sz[0], sz[1], "AP ", "9")
		})
	}
}

var _ tea.Model = (*Model)(nil) // the root model is what a program runs
