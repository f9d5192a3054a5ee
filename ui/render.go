package ui

import (
	"fmt"
	"github.com/chapter-vii/chapter7/data"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/chapter-vii/chapter7/game"
)

// View returns the frame. It is rebuilt only after a message changed
// something; otherwise the cached frame is returned as it was.
func (m *Model) View() tea.View {
	if m.dirty || m.frame == "" {
		m.frame = m.render()
		m.dirty = false
	}
	v := tea.NewView(m.frame)
	v.AltScreen = true
	v.WindowTitle = "Chapter VII"
	return v
}

// Frame is the current screen as text (for tests and the report export).
func (m *Model) Frame() string { return m.render() }

func (m *Model) render() string {
	w, h := m.width, m.height
	if w < minWidth || h < minHeight {
		return tooSmall(w, h)
	}
	if m.quitting {
		return ""
	}
	if m.g == nil {
		body := startPanel(&m.st, &m.start, m.opt.SaveDir, w, h-1)
		if m.showHelp {
			body = m.helpPanel(w, h-1)
		}
		return body + "\n" + m.statusLine(w)
	}
	var b strings.Builder
	b.WriteString(m.header(w))
	b.WriteByte('\n')
	b.WriteString(m.tabBar(w))
	b.WriteByte('\n')
	for _, l := range m.lessonLines(w) {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	bh := m.bodyHeight()
	switch {
	case m.privacy:
		b.WriteString(m.privacyPanel(w, bh))
	case m.showHelp:
		b.WriteString(m.helpPanel(w, bh))
	case m.picker != nil:
		b.WriteString(pickerPanel(&m.st, m.picker, w, bh))
	default:
		b.WriteString(m.body(w, bh))
	}
	b.WriteByte('\n')
	b.WriteString(m.statusLine(w))
	b.WriteByte('\n')
	b.WriteString(m.hintLine(w))
	return b.String()
}

// tooSmall says plainly what size is needed, in whatever room there is.
func tooSmall(w, h int) string {
	msg := fmt.Sprintf("Chapter VII needs a terminal of at least %d×%d; this one is %d×%d. Enlarge the window (q quits).", minWidth, minHeight, w, h)
	if w < 1 || h < 1 {
		return ""
	}
	return fit(wrap(msg, w), w, h)
}

func (m *Model) body(w, h int) string {
	s := snap{st: &m.st, v: m.g.View(), seat: m.g.seat(), code: m.g.code(), compact: w < 120}
	switch m.tab {
	case tabBrief:
		return briefingPanel(s, m.briefOff, w, h)
	case tabTheatre:
		return theatrePanel(s, w, h)
	case tabCouncil:
		d := m.currentDraft()
		var wc *game.WhipCount
		if d != nil {
			x := m.g.Whip(d)
			wc = &x
		}
		return councilPanel(s, d, wc, m.clauseCur, w, h)
	case tabDiplomacy:
		d := m.currentDraft()
		var wc *game.WhipCount
		if d != nil {
			x := m.g.Whip(d)
			wc = &x
		}
		return diplomacyPanel(s, wc, m.stateCur, w, h)
	case tabSanctions:
		return sanctionsPanel(s, m.sancCur, w, h)
	case tabForces:
		return forcesPanel(s, w, h)
	case tabBudget:
		return budgetPanel(s, w, h)
	case tabLog:
		return logPanel(s, m.logFilter, m.logSearch, m.logOff, w, h)
	case tabReport:
		// the report's lines change only with the world and the width
		k := [2]int{m.g.rev, w}
		if m.reportAt != k || m.reportLines == nil {
			m.reportLines = reportLines(s.st, m.g.Report(), s.v, w)
			m.reportAt = k
		}
		return fit(scrolled(m.reportLines, m.reportOff, h), w, h)
	}
	return fit(nil, w, h)
}

// snap is the snapshot a panel renders: the seat's view and the style sheet.
type snap struct {
	st      *styles
	v       *game.World
	seat    game.SeatID
	code    string
	compact bool
}

func (m *Model) header(w int) string {
	v := m.g.View()
	st := &m.st
	rung, name := game.Ladder(v.Tension)
	ladder := strings.Repeat("■", rung) + strings.Repeat("□", 5-rung)
	ap := v.Seats[m.g.seat()].AP
	apDots := strings.Repeat("●", clampInt(ap, 0, 9)) + strings.Repeat("○", clampInt(game.APPerTurn-ap, 0, 9))
	date := v.Date.Long()
	seat := m.g.code()
	if v.Over {
		date += " · game over"
	}
	if m.replay != nil {
		seat, apDots = "replay", "—" // everyone's view, no seat of one's own
	}
	var s string
	if w >= 120 {
		s = fmt.Sprintf("%s │ %s · turn %d │ %s │ AP %s │ UN authority %s %.0f │ Escalation %s %d/5 %s",
			st.Title.Render("CHAPTER VII"), date, v.Turn, st.Bold.Render(replayName(m, v, seat)), apDots,
			bar(v.Authority/100, 10), v.Authority, ladder, rung, name)
	} else {
		s = fmt.Sprintf("%s │ T%d │ %s │ AP %s │ Authority %.0f │ %s %s",
			shortDate(v.Date), v.Turn, st.Bold.Render(seat), apDots, v.Authority, ladder, name)
	}
	return trunc(s, w)
}

func shortDate(d game.Date) string { return d.Time().Format("2 Jan 2006") }

func (m *Model) tabBar(w int) string {
	names := tabNames[:]
	format := " %d %s "
	long := 0
	for i, n := range names {
		long += len(n) + 3 + len(fmt.Sprint(i+1))
	}
	if long > w {
		names, format = tabShort[:], "%d %s "
	}
	var b strings.Builder
	for i, n := range names {
		item := fmt.Sprintf(format, i+1, n)
		if tab(i) == m.tab {
			b.WriteString(m.st.TabActive.Render(item))
		} else {
			b.WriteString(m.st.Tab.Render(item))
		}
	}
	return trunc(b.String(), w)
}

func (m *Model) statusLine(w int) string {
	if m.prompt != nil {
		val := m.prompt.value
		if m.prompt.fresh && val != "" {
			val = m.st.Selected.Render(val) // typing replaces it
		}
		return trunc(m.st.Bold.Render(m.prompt.label+": ")+val+"█"+m.st.Faint.Render("  (enter ok · typing replaces · esc cancel)"), w)
	}
	if m.status == "" {
		return ""
	}
	if m.bad {
		return trunc(m.st.Error.Render("✗ "+m.status), w)
	}
	return trunc(m.st.OK.Render("› ")+m.status, w)
}

// screenKeys are the bindings of the current screen, for the hint line and help.
func (m *Model) screenKeys() []key.Binding {
	k := m.keys
	if m.g == nil {
		return []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Hotseat, k.Enter, k.Back, k.Quit}
	}
	sec := m.g.code() == game.Secretariat
	switch m.tab {
	case tabTheatre:
		if sec {
			return []key.Binding{k.GoodOffices, k.AppealHum}
		}
	case tabCouncil:
		out := []key.Binding{k.Toggle, k.NewDraft, k.History, k.PrevDraft, k.NextDraft, k.Chapter, k.Param, k.Table, k.CallVote, k.Threaten, k.Cosponsor, k.WithdrawDraft, k.Assembly}
		if sec {
			out = append(out, k.Refer, k.FactFind)
		}
		return out
	case tabDiplomacy:
		return []key.Binding{k.Lobby, k.Aid, k.Pressure, k.Deal, k.Message}
	case tabSanctions:
		return []key.Binding{k.Name, k.Compensate, k.Comply}
	case tabForces:
		if sec {
			return []key.Binding{k.Mission}
		}
		return []key.Binding{k.Commit, k.Recall, k.Offensive, k.Withdraw, k.Release, k.Accept}
	case tabBudget:
		if sec {
			return []key.Binding{k.AppealDues, k.Mission}
		}
		return []key.Binding{k.Pay, k.Withhold}
	case tabLog:
		return []key.Binding{k.Filter, k.Search, k.PgUp, k.PgDown}
	case tabReport:
		return []key.Binding{k.Export, k.PgUp, k.PgDown}
	case tabBrief:
		return []key.Binding{k.Up, k.Down}
	}
	return nil
}

func (m *Model) hintLine(w int) string {
	k := m.keys
	var bs []key.Binding
	switch {
	case m.privacy:
		bs = []key.Binding{k.Enter, k.Quit}
	case m.prompt != nil:
		return ""
	case m.picker != nil:
		bs = []key.Binding{k.Up, k.Down, k.Enter, k.Back}
	case m.showHelp:
		bs = []key.Binding{k.Back}
	case m.g == nil:
		bs = m.screenKeys()
	default:
		// the screen's own keys, cut to leave room for the keys of every screen
		short := func(b key.Binding, desc string) key.Binding {
			return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, desc))
		}
		global := m.help.ShortHelpView([]key.Binding{short(k.EndTurn, "end turn"), short(k.Help, "keys"), short(k.Quit, "quit")})
		m.help.SetWidth(max(0, w-ansi.StringWidth(global)-3))
		own := m.help.ShortHelpView(m.screenKeys())
		if own == "" {
			return trunc(global, w)
		}
		return trunc(own+m.help.ShortSeparator+global, w)
	}
	m.help.SetWidth(w)
	return trunc(m.help.ShortHelpView(bs), w)
}

// ShortHelp and FullHelp make the key map a help.KeyMap.
func (m *Model) ShortHelp() []key.Binding { return m.screenKeys() }

// FullHelp lists every key, by group.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.NextTab, k.PrevTab, k.Tab1, k.Tab2, k.Tab3, k.Tab4, k.Tab5, k.Tab6, k.Tab7, k.Tab8, k.Tab9},
		{k.Up, k.Down, k.PgUp, k.PgDown, k.Left, k.Right, k.Enter, k.Back, k.EndTurn, k.Save, k.Help, k.Glossary, k.NextCrisis, k.Quit},
		{k.Toggle, k.NewDraft, k.History, k.PrevDraft, k.NextDraft, k.Chapter, k.Param, k.Table, k.CallVote, k.Threaten, k.Cosponsor, k.WithdrawDraft, k.Assembly, k.Refer, k.FactFind},
		{k.Lobby, k.Aid, k.Pressure, k.Deal, k.Message, k.Name, k.Compensate, k.Comply},
		{k.Commit, k.Recall, k.Offensive, k.Withdraw, k.Release, k.Accept, k.Mission, k.Pay, k.Withhold, k.AppealDues, k.GoodOffices, k.AppealHum, k.Filter, k.Search, k.Export},
	}
}

func (m *Model) helpPanel(w, h int) string {
	st := &m.st
	groups := [][]string{{"Screens"}, {"Everywhere"}, {"Council (3)"}, {"Diplomacy (4) · Sanctions (5)"}, {"Forces (6) · Budget (7) · Theatre (2) · Log (8) · Report (9)"}}
	var l []string
	l = append(l, st.Heading.Render("Keys")+st.Faint.Render("  — ↑/↓ scroll · esc or ? closes"))
	colW := 26
	if w >= 120 {
		colW = 32
	}
	cols := max(1, (w+1)/colW)
	for gi, g := range m.FullHelp() {
		l = append(l, st.Bold.Render(groups[gi][0]))
		var row []string
		for _, b := range g {
			hb := b.Help()
			row = append(row, padRight(fmt.Sprintf("%-6s %s", hb.Key, hb.Desc), colW-1))
			if len(row) == cols {
				l = append(l, strings.Join(row, " "))
				row = nil
			}
		}
		if len(row) > 0 {
			l = append(l, strings.Join(row, " "))
		}
	}
	l = append(l, "", st.Faint.Render("Each action costs action points (AP): lobby, pressure, aid 1; side deal and fact-finding 2; drafting and voting are free."))
	l = append(l, "")
	m.glossaryAt = len(l)
	l = append(l, glossaryLines(st, w)...)
	return fit(scrolled(l, m.helpOff, h), w, h)
}

// glossaryLines are the glossary (data/glossary.toml), wrapped to the
// screen: each term, its text, and where its facts come from.
func glossaryLines(st *styles, w int) []string {
	g, err := data.Glossary()
	if err != nil {
		return []string{st.Warn.Render(err.Error())}
	}
	l := []string{st.Heading.Render("Glossary") + st.Faint.Render("  — the Charter and the game's terms (G jumps here)")}
	for _, e := range g {
		l = append(l, "", st.Bold.Render(e.Term))
		l = append(l, wrap(e.Text, w)...)
		for _, s := range wrap("Source: "+e.Source, w) {
			l = append(l, st.Faint.Render(s))
		}
	}
	return l
}

func (m *Model) privacyPanel(w, h int) string {
	name := seatName(m.g.w, m.g.code())
	l := make([]string, h/2-1)
	l = append(l, center(m.st.Title.Render("Pass the keyboard to "+name+" — press enter"), w),
		center(m.st.Faint.Render("(hot-seat: no one else should see this seat's cables and drafts)"), w))
	return fit(l, w, h)
}

func pickerPanel(st *styles, p *picker, w, h int) string {
	l := []string{st.Heading.Render(p.title), ""}
	rows := h - 3
	top := clampInt(p.cur-rows/2, 0, max(0, len(p.items)-rows))
	for i := top; i < len(p.items) && i < top+rows; i++ {
		l = append(l, cursorLine(st, i == p.cur, p.items[i]))
	}
	l = append(l, st.Faint.Render("enter chooses · esc cancels"))
	return fit(l, w, h)
}

// Layout helpers. Every panel returns exactly h lines of at most w cells.

func fit(lines []string, w, h int) string {
	var b strings.Builder
	for i := 0; i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(lines) {
			b.WriteString(trunc(lines[i], w))
		}
	}
	return b.String()
}

func trunc(s string, w int) string {
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

func padRight(s string, w int) string {
	s = trunc(s, w)
	if n := ansi.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func center(s string, w int) string {
	n := ansi.StringWidth(s)
	if n >= w {
		return s
	}
	return strings.Repeat(" ", (w-n)/2) + s
}

// columns puts two blocks of lines side by side.
func columns(left []string, lw int, right []string, gap int) []string {
	n := max(len(left), len(right))
	out := make([]string, n)
	sp := strings.Repeat(" ", gap)
	for i := range n {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = padRight(l, lw) + sp + r
	}
	return out
}

// wrap breaks text into lines of at most w cells, at spaces.
func wrap(s string, w int) []string {
	if w < 10 {
		w = 10
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= w:
				line += " " + word
			default:
				out = append(out, line)
				line = word
			}
		}
		out = append(out, line)
	}
	return out
}

// bar draws a share 0…1 as a bar of n cells of block characters.
func bar(f float64, n int) string {
	if f != f || n <= 0 {
		return strings.Repeat("░", max(n, 0))
	}
	f = min(1, max(0, f))
	eighths := int(f*float64(n)*8 + 0.5)
	full := eighths / 8
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	if full < n {
		if r := eighths % 8; r > 0 {
			b.WriteRune([]rune("▏▎▍▌▋▊▉")[r-1])
			full++
		}
		b.WriteString(strings.Repeat("░", n-full))
	}
	return b.String()
}

// spark draws a series as a sparkline scaled to lo…hi.
func spark(vals []float64, lo, hi float64) string {
	ticks := []rune("▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, v := range vals {
		f := 0.0
		if hi > lo {
			f = (v - lo) / (hi - lo)
		}
		i := int(f*7 + 0.5)
		b.WriteRune(ticks[clampInt(i, 0, 7)])
	}
	return b.String()
}

func replayName(m *Model, v *game.World, seat string) string {
	if m.replay != nil {
		return "replay (every seat's view)"
	}
	return seatName(v, seat)
}
