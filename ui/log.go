package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/game"
)

var logFilters = []string{"everything", "public news", "cables and messages", "Council", "sanctions", "history's events"}

func logKeep(e *game.Event, filter int, search string) bool {
	switch filter {
	case 1:
		if !e.Public() {
			return false
		}
	case 2:
		if e.Public() && e.Kind != game.EvMessage {
			return false
		}
	case 3:
		switch e.Kind {
		case game.EvVote, game.EvVeto, game.EvThreat, game.EvDraft, game.EvGA:
		default:
			return false
		}
	case 4:
		if e.Kind != game.EvBreach && e.Kind != game.EvSanctions {
			return false
		}
	case 5:
		if !e.Historical {
			return false
		}
	}
	return search == "" || strings.Contains(strings.ToLower(e.Text), strings.ToLower(search))
}

func (m *Model) logKey(k tea.KeyPressMsg) tea.Cmd {
	km := m.keys
	switch {
	case key.Matches(k, km.Filter):
		m.logFilter = (m.logFilter + 1) % len(logFilters)
		m.logOff = 0
		m.setStatus("log shows " + logFilters[m.logFilter])
	case key.Matches(k, km.Search):
		m.ask("Search the log (empty clears)", m.logSearch, func(m *Model, v string) tea.Cmd {
			m.logSearch, m.logOff = v, 0
			return nil
		})
	case key.Matches(k, km.Up):
		m.logOff++
	case key.Matches(k, km.Down):
		m.logOff = max(0, m.logOff-1)
	case key.Matches(k, km.PgUp):
		m.logOff += max(1, m.bodyHeight()-3)
	case key.Matches(k, km.PgDown):
		m.logOff = max(0, m.logOff-max(1, m.bodyHeight()-3))
	}
	return nil
}

// logPanel: every event and cable the seat has seen, oldest at the top,
// the newest at the bottom; up scrolls back.
func logPanel(s snap, filter int, search string, off, w, h int) string {
	st, v := s.st, s.v
	var keep []*game.Event
	for i := range v.Events {
		if e := &v.Events[i]; logKeep(e, filter, search) {
			keep = append(keep, e)
		}
	}
	// In date order: what the Council did on the meeting day reads before
	// what was said at the turn's end, whatever order the engine told it.
	slices.SortStableFunc(keep, func(a, b *game.Event) int { return cmp.Compare(a.Date, b.Date) })
	rows := max(1, h-1)
	off = clampInt(off, 0, max(0, len(keep)-rows))
	end := len(keep) - off
	start := max(0, end-rows)
	head := fmt.Sprintf("Log — %s", logFilters[filter])
	if search != "" {
		head += fmt.Sprintf(" matching %q", search)
	}
	head += fmt.Sprintf(" · %d–%d of %d", start+min(1, end), end, len(keep))
	l := []string{st.Heading.Render(head) + st.Faint.Render(" · f filter · / search · ↑↓ pgup pgdn")}
	for _, e := range keep[start:end] {
		mark := " "
		switch {
		case !e.Public():
			mark = st.Warn.Render("✉")
		case e.Historical:
			mark = st.Faint.Render("H")
		}
		kind := fmt.Sprintf("%-9s", trunc(e.Kind, 9))
		l = append(l, fmt.Sprintf("%-11s %s %s %s", shortDate(e.Date), mark, st.Faint.Render(kind), e.Text))
	}
	return fit(l, w, h)
}
