package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/chapter-vii/chapter7/game"
)

// keyMsg makes the tea.KeyPressMsg a terminal sends for a v2 key name.
func keyMsg(s string) tea.KeyPressMsg {
	named := map[string]rune{"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "backspace": tea.KeyBackspace}
	switch {
	case s == "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case s == "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case strings.HasPrefix(s, "ctrl+"):
		return tea.KeyPressMsg{Code: rune(s[5]), Mod: tea.ModCtrl}
	}
	if r, ok := named[s]; ok {
		return tea.KeyPressMsg{Code: r}
	}
	r := []rune(s)[0]
	if r >= 'A' && r <= 'Z' {
		return tea.KeyPressMsg{Code: r + 'a' - 'A', ShiftedCode: r, Mod: tea.ModShift, Text: s}
	}
	return tea.KeyPressMsg{Code: r, Text: s}
}

// drive runs a command as the program would and feeds its messages back,
// synchronously (quit and unknown framework messages are dropped).
func drive(t testing.TB, m *Model, cmd tea.Cmd) {
	t.Helper()
	if cmd == nil {
		return
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			drive(t, m, c)
		}
	case tea.QuitMsg:
	default:
		if isFramework(msg) {
			return
		}
		_, next := m.Update(msg)
		drive(t, m, next)
	}
}

func isFramework(msg tea.Msg) bool {
	switch msg.(type) {
	case gameReadyMsg, savesMsg, savedMsg, exportedMsg:
		return false
	}
	return true
}

// press sends keys, typed one by one; a key name in the list is one key.
func press(t testing.TB, m *Model, keys ...string) {
	t.Helper()
	for _, k := range keys {
		_, cmd := m.Update(keyMsg(k))
		drive(t, m, cmd)
	}
}

// typeText types text into a prompt.
func typeText(t testing.TB, m *Model, s string) {
	t.Helper()
	for _, r := range s {
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		press(t, m, k)
	}
}

// newGame starts a game for seats (comma-separated) at a size.
func newGame(t testing.TB, seats string, w, h int) *Model {
	t.Helper()
	m := New(Options{Scenario: "kuwait-1991", Seat: seats, Seed: 1, SaveDir: t.TempDir(), ExportDir: t.TempDir(), NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	drive(t, m, m.Init())
	if m.g == nil {
		t.Fatalf("game did not start: %s", m.status)
	}
	return m
}

// screen is the frame as plain text.
func screen(m *Model) string { return ansi.Strip(m.Frame()) }

func mustContain(t testing.TB, m *Model, want ...string) {
	t.Helper()
	s := screen(m)
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

// pickHistorical circulates a historical text by symbol through the H picker.
func pickHistorical(t testing.TB, m *Model, symbol string) {
	t.Helper()
	press(t, m, "3", "H")
	if m.picker == nil {
		t.Fatalf("no picker: %s", m.status)
	}
	for i := 0; i < len(m.picker.items) && !strings.HasPrefix(m.picker.items[m.picker.cur], symbol); i++ {
		press(t, m, "down")
	}
	press(t, m, "enter")
	d := m.currentDraft()
	if d == nil || d.Symbol != symbol {
		t.Fatalf("draft %s not open: %s", symbol, m.status)
	}
}

// cursorTo moves the Council's catalogue cursor to a clause.
func cursorTo(t testing.TB, m *Model, id game.ClauseID) {
	t.Helper()
	for m.clauseCur > 0 {
		press(t, m, "up")
	}
	for i := 0; i < len(catalogue) && catalogue[m.clauseCur].ID != id; i++ {
		press(t, m, "down")
	}
}

func state(m *Model, code string) *game.StateStatus {
	id, _ := m.g.w.Scenario.StateByCode(code)
	return &m.g.w.States[id]
}
