package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

func autopilotReplay(t testing.TB) *Replay {
	t.Helper()
	sc, err := data.Load("kuwait-1991")
	if err != nil {
		t.Fatal(err)
	}
	w, _ := game.New(sc, 1, game.Options{Autopilot: true})
	sv := game.MakeSave(game.RunToEnd(w))
	frames, err := game.ReplayTurns(sc, sv)
	if err != nil {
		t.Fatal(err)
	}
	return &Replay{Frames: frames, Save: sv}
}

func newReplay(t testing.TB, w, h int) *Model {
	t.Helper()
	m := New(Options{Replay: autopilotReplay(t), ReplaySaveDir: t.TempDir(), NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	drive(t, m, m.Init())
	if m.g == nil {
		t.Fatal("the replay did not open")
	}
	return m
}

// The seminar's question, in the terminal: replay the Kuwait autopilot to
// 678, see the Council as it stood, fork with China, and veto.
func TestReplayForkAtSixSeventyEight(t *testing.T) {
	m := newReplay(t, 160, 48)
	mustContain(t, m, "Replay · turn 1 of")
	press(t, m, "g")
	press(t, m, "ctrl+u") // clear the default date, if the prompt keeps it
	typeText(t, m, "1990-11-29")
	press(t, m, "enter")
	mustContain(t, m, "29 November 1990 · turn 18", "Replay · turn 18")
	press(t, m, "3")
	mustContain(t, m, "S/RES/678(1990)")
	// The replay is read only.
	press(t, m, "e")
	mustContain(t, m, "this is a replay")
	// Events one by one.
	press(t, m, ">")
	mustContain(t, m, "event 1/")
	// Back and forward a turn.
	press(t, m, ",")
	mustContain(t, m, "turn 17")
	press(t, m, ".")
	press(t, m, "f")
	typeText(t, m, "CHN")
	press(t, m, "enter")
	mustContain(t, m, "Forked at turn 18", "│ China │")
	var id int
	for _, d := range m.g.w.Drafts {
		if d.Symbol == "S/RES/678(1990)" {
			id = d.ID
		}
	}
	if id == 0 {
		t.Fatal("678 is not on the table in the fork")
	}
	_, _, err := m.g.apply(game.Command{Kind: game.CmdThreatenVeto, Draft: id})
	if err != nil {
		t.Fatal(err)
	}
	press(t, m, "e")
	found := false
	for _, v := range m.g.w.Votes {
		if v.Symbol == "S/RES/678(1990)" && len(v.VetoedBy) == 1 {
			found = true
		}
	}
	if !found {
		t.Fatal("China's veto of 678 is not on record in the fork")
	}
}

// The turning points jump to their turns.
func TestReplayTurningPoints(t *testing.T) {
	m := newReplay(t, 120, 40)
	press(t, m, "t")
	mustContain(t, m, "Turning points")
	for i := 0; i < 40 && !strings.Contains(screen(m), "▸ "+"1990-11-29"); i++ {
		press(t, m, "down")
	}
	press(t, m, "enter")
	mustContain(t, m, "turn 18")
}

func TestGoldenReplay(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := newReplay(t, sz[0], sz[1])
			for range 17 {
				press(t, m, ".")
			}
			press(t, m, "3")
			m.opt.Replay, m.opt.Remote = nil, nil // Init must not open the replay again
			runGolden(t, prepared(m), sz[0], sz[1], "Replay · turn 18")
		})
	}
}
