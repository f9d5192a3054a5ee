package ui

import (
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/game"
)

// Replay is a finished or saved game to step through: its frames, one at
// the start of every turn and one at the end (game.ReplayTurns), and the
// save they came from, to fork.
type Replay struct {
	Frames []*game.World
	Save   game.Save
}

// replayState is where the replay stands: the turn's frame and, within the
// turn, how many of its events have been told.
type replayState struct {
	r  *Replay
	at int // frame
	ev int // events of the frame's turn shown, 0 = all
}

var errReplay = errors.New("this is a replay: f forks a new game from this turn, and you play on from there")

// replayKeys: , . turns · < > events · g date · t turning points · f fork.
func (m *Model) replayKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	rp := m.replay
	switch k.String() {
	case ",", "left":
		m.showFrame(max(0, rp.at-1))
	case ".", "right":
		m.showFrame(min(len(rp.r.Frames)-1, rp.at+1))
	case "<":
		m.stepEvent(-1)
	case ">":
		m.stepEvent(1)
	case "g":
		m.ask("Jump to the turn of (YYYY-MM-DD)", rp.r.Frames[rp.at].Date.String(), func(m *Model, v string) tea.Cmd {
			d, err := game.ParseDate(strings.TrimSpace(v))
			if err != nil {
				m.setErr(err.Error())
				return nil
			}
			i := 0
			for j, f := range m.replay.r.Frames {
				if f.Date <= d {
					i = j
				}
			}
			m.showFrame(i)
			return nil
		})
	case "t":
		m.pickTurningPoint()
	case "f":
		m.ask("Fork from this turn: the seat you take (a state code, or secretariat)", "", func(m *Model, v string) tea.Cmd {
			return m.fork(strings.TrimSpace(v))
		})
	default:
		return nil, false
	}
	return nil, true
}

// showFrame shows the world at the start of a turn, with all its news.
func (m *Model) showFrame(i int) {
	rp := m.replay
	rp.at, rp.ev = i, 0
	m.g.w = rp.r.Frames[i].ViewFor(-1)
	m.g.rev++
	m.setStatus(m.replayLine())
}

// stepEvent tells the turn's events one at a time.
func (m *Model) stepEvent(d int) {
	rp := m.replay
	events := m.turnEvents()
	if len(events) == 0 {
		return
	}
	if rp.ev == 0 && d < 0 {
		rp.ev = len(events)
	}
	rp.ev = max(1, min(len(events), rp.ev+d))
	m.setStatus(m.replayLine())
}

// turnEvents are the public events of the shown turn, from the final world.
func (m *Model) turnEvents() []game.Event {
	rp := m.replay
	last := rp.r.Frames[len(rp.r.Frames)-1]
	turn := rp.r.Frames[rp.at].Turn
	var out []game.Event
	for _, e := range last.Events {
		if e.Turn == turn && e.Public() {
			out = append(out, e)
		}
	}
	return out
}

func (m *Model) replayLine() string {
	rp := m.replay
	f := rp.r.Frames[rp.at]
	line := fmt.Sprintf("Replay · turn %d of %d · %s", f.Turn, rp.r.Frames[len(rp.r.Frames)-1].Turn, f.Date.Long())
	if rp.at == len(rp.r.Frames)-1 {
		line += " · the end: " + f.Outcome
	}
	if ev := m.turnEvents(); rp.ev > 0 && rp.ev <= len(ev) {
		e := ev[rp.ev-1]
		line += fmt.Sprintf(" · event %d/%d, %s: %s", rp.ev, len(ev), e.Date.Long(), e.Text)
	} else {
		line += " · , . turns · < > events · g date · t turning points · f fork"
	}
	return line
}

// pickTurningPoint jumps to the turn of a vote, a veto, the use of force or
// the outcome.
func (m *Model) pickTurningPoint() {
	rp := m.replay
	last := rp.r.Frames[len(rp.r.Frames)-1]
	var items []string
	var dates []game.Date
	for _, e := range last.Events {
		switch {
		case e.Kind == game.EvVeto, e.Kind == game.EvOutcome, e.Kind == game.EvGA,
			e.Kind == game.EvCombat && strings.Contains(e.Text, "into battle"),
			e.Kind == game.EvVote && strings.Contains(e.Text, "adopted") && !strings.Contains(e.Text, "not adopted"):
			items = append(items, e.Date.String()+"  "+e.Text)
			dates = append(dates, e.Date)
		}
	}
	if len(items) == 0 {
		m.setStatus("no turning points")
		return
	}
	m.picker = &picker{title: "Turning points — enter jumps to the turn", items: items, do: func(m *Model, i int) tea.Cmd {
		j := 0
		for k, f := range m.replay.r.Frames {
			if f.Date <= dates[i] {
				j = k
			}
		}
		m.showFrame(j)
		return nil
	}}
}

// fork starts a new game from the shown turn, with the seat taken by the
// player; the replayed game is untouched.
func (m *Model) fork(seat string) tea.Cmd {
	rp := m.replay
	frame := rp.r.Frames[rp.at]
	if _, ok := frame.SeatByCode(seat); !ok {
		m.setErr(fmt.Sprintf("no seat %q: use a state code of the scenario, or %s", seat, game.Secretariat))
		return nil
	}
	w, err := game.Fork(frame.Scenario, rp.r.Save, frame.Turn, []string{seat})
	if err != nil {
		m.setErr(err.Error())
		return nil
	}
	m.replay = nil
	m.g = nil
	return func() tea.Msg {
		return gameReadyMsg{w: w, humans: []string{seat}, note: fmt.Sprintf("Forked at turn %d (%s): you play %s from here; the original game is untouched.", w.Turn, w.Date.Long(), seatName(w, seat))}
	}
}
