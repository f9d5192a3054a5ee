package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// Minimum terminal size for every screen.
const (
	minWidth  = 80
	minHeight = 24
)

type tab int

const (
	tabBrief tab = iota
	tabTheatre
	tabCouncil
	tabDiplomacy
	tabSanctions
	tabForces
	tabBudget
	tabLog
	tabReport
	numTabs
)

var tabNames = [numTabs]string{"Briefing", "Theatre", "Council", "Diplomacy", "Sanctions", "Forces", "Budget", "Log", "Report"}
var tabShort = [numTabs]string{"Brief", "Map", "Council", "Diplo", "Sanct", "Forces", "Budget", "Log", "Report"}

// Model is the root model: it owns the game and every piece of screen
// state, routes every message, and is the only thing that returns a
// tea.View.
type Model struct {
	opt    Options
	keys   keyMap
	st     styles
	help   help.Model
	width  int
	height int

	g     *session // nil on the start screen
	start startForm

	tab      tab
	showHelp bool
	// campaign is the campaign file of the crisis being played, or "".
	campaign string
	// glossaryAt is the line of the help where the glossary starts.
	glossaryAt int
	privacy    bool // hot-seat: the keyboard is being passed on
	prompt     *prompt
	picker     *picker
	status     string
	bad        bool // the status line reports a refusal or an error
	quitting   bool

	// screen state
	draft     int // the draft open in the Council, by id
	clauseCur int
	stateCur  int
	sancCur   int
	logOff    int
	logFilter int
	logSearch string
	briefOff  int
	helpOff   int
	reportOff int

	replay *replayState // set while replaying a game

	// render cache: the frame is rebuilt only after a message changed something
	dirty       bool
	frame       string
	reportAt    [2]int
	reportLines []string
}

// prompt asks for one line of text.
type prompt struct {
	label string
	value string
	fresh bool // the value is the default: typing replaces it
	do    func(m *Model, v string) tea.Cmd
}

// picker chooses one item of a list.
type picker struct {
	title string
	items []string
	cur   int
	do    func(m *Model, i int) tea.Cmd
}

// Messages from commands (IO happens only inside them).
type (
	gameReadyMsg struct {
		w      *game.World
		humans []string
		err    error
		note   string
		// campaign and save are set for a campaign's crisis: the campaign
		// file, and the crisis's own save (its autosave goes there).
		campaign, save string
	}
	savesMsg struct {
		saves     []data.SaveInfo
		campaigns []string
	}
	// campaignOverMsg: the campaign's last crisis is over.
	campaignOverMsg struct{ text string }
	savedMsg        struct {
		path string
		auto bool
		err  error
	}
	exportedMsg struct {
		path string
		err  error
	}
)

// New returns the root model for the given options.
func New(opt Options) *Model {
	m := &Model{opt: opt, keys: newKeyMap(), width: minWidth, height: minHeight, dirty: true}
	m.setStyles(opt.Dark)
	m.start = newStartForm(opt)
	return m
}

func (m *Model) setStyles(dark bool) {
	m.st = newStyles(dark, m.opt.NoColor)
	m.reportLines = nil
	m.help = help.New()
	// the help's own default styles use 256 colours: keep to the sheet
	k, d := m.st.Bold, m.st.Faint
	m.help.Styles = help.Styles{ShortKey: k, ShortDesc: d, ShortSeparator: d, Ellipsis: d, FullKey: k, FullDesc: d, FullSeparator: d}
}

// Init asks the terminal for its background and starts the game the
// options name, or lists the saves for the start screen.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor}
	switch {
	case m.opt.Replay != nil && len(m.opt.Replay.Frames) > 0:
		rp := m.opt.Replay
		m.replay = &replayState{r: rp}
		first := rp.Frames[0].ViewFor(-1)
		seat := game.Secretariat
		m.opt.Remote = &Remote{Seat: seat, Apply: func(game.Command) error { return errReplay }, World: first}
		cmds = append(cmds, func() tea.Msg { return gameReadyMsg{w: first, humans: []string{seat}} })
	case m.opt.Remote != nil:
		r := m.opt.Remote
		cmds = append(cmds, func() tea.Msg { return gameReadyMsg{w: r.World, humans: []string{r.Seat}} })
	case m.opt.Load != "":
		cmds = append(cmds, loadCmd(m.opt.Load))
	case m.opt.Scenario != "" && m.opt.Seat != "":
		cmds = append(cmds, newGameCmd(m.opt.Scenario, splitSeats(m.opt.Seat), m.opt.Seed, m.opt.Difficulty))
	default:
		cmds = append(cmds, listSavesCmd(m.opt.SaveDir))
	}
	return tea.Batch(cmds...)
}

func splitSeats(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			if strings.EqualFold(p, game.Secretariat) {
				p = game.Secretariat
			} else {
				p = strings.ToUpper(p)
			}
			out = append(out, p)
		}
	}
	return out
}

// Update routes a message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.dirty = true
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, nil
	case tea.BackgroundColorMsg:
		m.setStyles(msg.IsDark())
		return m, nil
	case gameReadyMsg:
		cmd := m.gameReady(msg)
		if m.g != nil && m.replay != nil {
			m.g.remote = m.opt.Remote
			m.setStatus(m.replayLine())
		} else if m.g != nil && m.opt.Replay == nil {
			m.g.remote = m.opt.Remote
		} else if m.g != nil {
			m.g.remote = nil // a fork is a game of its own
			m.opt.SaveDir = m.opt.ReplaySaveDir
		}
		return m, cmd
	case RemoteWorld:
		if m.g == nil || msg.W == nil {
			return m, nil
		}
		old := m.g.w
		m.g.w = msg.W
		m.g.rev++
		if msg.W.Turn != old.Turn || msg.W.Over && !old.Over {
			return m, m.turnAdvanced()
		}
		return m, nil
	case savesMsg:
		m.start.saves = msg.saves
		m.start.campaigns = msg.campaigns
		return m, nil
	case campaignOverMsg:
		m.setStatus(msg.text)
		return m, nil
	case savedMsg:
		switch {
		case msg.err != nil:
			m.setErr("save failed: " + msg.err.Error())
		case !msg.auto:
			m.setStatus("saved to " + msg.path)
		}
		return m, nil
	case exportedMsg:
		if msg.err != nil {
			m.setErr("export failed: " + msg.err.Error())
		} else {
			m.setStatus("report exported to " + msg.path)
		}
		return m, nil
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	m.dirty = false
	return m, nil
}

func (m *Model) setStatus(s string) { m.status, m.bad = s, false }
func (m *Model) setErr(s string)    { m.status, m.bad = s, true }

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	if k.String() == "ctrl+c" {
		return m.quit()
	}
	if m.width < minWidth || m.height < minHeight {
		// nothing on screen to act on: only quitting works
		if key.Matches(k, m.keys.Quit) {
			return m.quit()
		}
		return nil
	}
	switch {
	case m.prompt != nil:
		return m.promptKey(k)
	case m.picker != nil:
		return m.pickerKey(k)
	case m.showHelp:
		if key.Matches(k, m.keys.Glossary) {
			m.openGlossary()
			return nil
		}
		if key.Matches(k, m.keys.Help, m.keys.Back, m.keys.Quit, m.keys.Enter) {
			m.showHelp = false
			m.helpOff = 0
		}
		m.helpOff = scroll(m.helpOff, k, m.keys, m.bodyHeight())
		return nil
	case m.g == nil:
		return m.startKey(k)
	case m.privacy:
		if key.Matches(k, m.keys.Enter) {
			m.privacy = false
			m.setStatus(fmt.Sprintf("%s at the keyboard", seatName(m.g.w, m.g.code())))
		} else if key.Matches(k, m.keys.Quit) {
			return m.quit()
		}
		return nil
	}
	if m.replay != nil {
		if cmd, ok := m.replayKey(k); ok {
			return cmd
		}
	}
	switch {
	case key.Matches(k, m.keys.Quit):
		return m.quit()
	case key.Matches(k, m.keys.Help):
		m.showHelp = true
		return nil
	case key.Matches(k, m.keys.Glossary):
		m.openGlossary()
		return nil
	case key.Matches(k, m.keys.NextCrisis) && m.campaign != "" && m.g.w.Over:
		return nextCrisisCmd(m.campaign)
	case key.Matches(k, m.keys.NextTab):
		m.tab = (m.tab + 1) % numTabs
		return nil
	case key.Matches(k, m.keys.PrevTab):
		m.tab = (m.tab + numTabs - 1) % numTabs
		return nil
	case key.Matches(k, m.keys.Save):
		m.ask("Save as (a name)", "", func(m *Model, v string) tea.Cmd { return m.saveAs(v) })
		return nil
	case key.Matches(k, m.keys.EndTurn):
		return m.endTurn()
	}
	for i, b := range []key.Binding{m.keys.Tab1, m.keys.Tab2, m.keys.Tab3, m.keys.Tab4, m.keys.Tab5, m.keys.Tab6, m.keys.Tab7, m.keys.Tab8, m.keys.Tab9} {
		if key.Matches(k, b) {
			m.tab = tab(i)
			return nil
		}
	}
	switch m.tab {
	case tabBrief:
		m.briefOff = scroll(m.briefOff, k, m.keys, m.bodyHeight())
	case tabTheatre:
		return m.theatreKey(k)
	case tabCouncil:
		return m.councilKey(k)
	case tabDiplomacy:
		return m.diplomacyKey(k)
	case tabSanctions:
		return m.sanctionsKey(k)
	case tabForces:
		return m.forcesKey(k)
	case tabBudget:
		return m.budgetKey(k)
	case tabLog:
		return m.logKey(k)
	case tabReport:
		return m.reportKey(k)
	}
	return nil
}

// scroll moves an offset with the arrow and page keys.
func scroll(off int, k tea.KeyPressMsg, km keyMap, page int) int {
	switch {
	case key.Matches(k, km.Up):
		off--
	case key.Matches(k, km.Down):
		off++
	case key.Matches(k, km.PgUp):
		off -= max(1, page-2)
	case key.Matches(k, km.PgDown):
		off += max(1, page-2)
	}
	return max(0, off)
}

// move moves a cursor within n items.
func move(cur int, k tea.KeyPressMsg, km keyMap, n, page int) int {
	switch {
	case key.Matches(k, km.Up):
		cur--
	case key.Matches(k, km.Down):
		cur++
	case key.Matches(k, km.PgUp):
		cur -= max(1, page-2)
	case key.Matches(k, km.PgDown):
		cur += max(1, page-2)
	}
	return clampInt(cur, 0, n-1)
}

func clampInt(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

func (m *Model) quit() tea.Cmd {
	m.quitting = true
	if m.g != nil && m.opt.SaveDir != "" && len(m.g.w.Log) > 0 {
		return tea.Sequence(m.autosave(), tea.Quit)
	}
	return tea.Quit
}

func (m *Model) ask(label, def string, do func(m *Model, v string) tea.Cmd) {
	m.prompt = &prompt{label: label, value: def, do: do, fresh: def != ""}
}

func (m *Model) promptKey(k tea.KeyPressMsg) tea.Cmd {
	p := m.prompt
	fresh := p.fresh
	p.fresh = false
	switch k.String() {
	case "esc":
		m.prompt = nil
		m.setStatus("cancelled")
	case "enter":
		m.prompt = nil
		return p.do(m, strings.TrimSpace(p.value))
	case "backspace":
		if fresh {
			p.value = ""
		} else if r := []rune(p.value); len(r) > 0 {
			p.value = string(r[:len(r)-1])
		}
	case "ctrl+u":
		p.value = ""
	case "space":
		p.value += " "
	default:
		if t := k.Text; t != "" && len([]rune(p.value)) < 200 {
			if fresh {
				p.value = ""
			}
			p.value += t
		} else {
			p.fresh = fresh
		}
	}
	return nil
}

func (m *Model) pickerKey(k tea.KeyPressMsg) tea.Cmd {
	p := m.picker
	switch {
	case key.Matches(k, m.keys.Back), k.String() == "q":
		m.picker = nil
		m.setStatus("cancelled")
	case key.Matches(k, m.keys.Enter):
		m.picker = nil
		if len(p.items) == 0 {
			return nil
		}
		return p.do(m, p.cur)
	default:
		p.cur = move(p.cur, k, m.keys, len(p.items), m.bodyHeight())
	}
	return nil
}

// do applies a command for the seat at the keyboard and reports the result
// in the status line.
func (m *Model) do(cmd game.Command) tea.Cmd {
	ev, advanced, err := m.g.apply(cmd)
	if err != nil {
		m.setErr(err.Error())
		return nil
	}
	msg := doneText(m.g.View(), cmd)
	for i := len(ev) - 1; i >= 0; i-- {
		if ev[i].To < 0 || ev[i].To == m.g.seat() {
			msg = ev[i].Text
			break
		}
	}
	if c := game.Cost(cmd.Kind); c > 0 {
		msg += fmt.Sprintf(" (−%d AP)", c)
	}
	m.setStatus(msg)
	if advanced {
		return m.turnAdvanced()
	}
	return nil
}

func (m *Model) endTurn() tea.Cmd {
	if m.g.w.Over {
		m.setStatus(fmt.Sprintf("The game is over (%s): 9 shows the report, x exports it, q quits.", m.g.w.Outcome))
		return nil
	}
	_, advanced, err := m.g.apply(game.Command{Kind: game.CmdEndTurn})
	if err != nil {
		m.setErr(err.Error())
		return nil
	}
	if advanced {
		return m.turnAdvanced()
	}
	// hot-seat: the next person takes the keyboard
	if m.g.nextSeat() {
		m.privacy = true
		m.resetCursors()
		m.setStatus("")
	}
	return nil
}

// turnAdvanced runs after the engine played the Council, World and Report
// phases: the autosave, and the keyboard back to the first seat.
func (m *Model) turnAdvanced() tea.Cmd {
	w := m.g.w
	m.g.firstSeat()
	if len(m.g.humans) > 1 && !w.Over {
		m.privacy = true
	}
	m.resetCursors()
	if w.Over {
		m.tab = tabReport
		m.privacy = false
		m.setStatus(fmt.Sprintf("The game is over: %s. x exports the report.", w.Outcome))
		if m.campaign != "" {
			m.setStatus(fmt.Sprintf("Crisis over (%s): N for the next crisis; x exports the report.", w.Outcome))
		}
	} else {
		m.setStatus(fmt.Sprintf("Turn %d begins: %s. %s", w.Turn, w.Date.Long(), m.turnNews()))
	}
	return m.autosave()
}

// turnNews sums up the Council's votes of the turn just played.
func (m *Model) turnNews() string {
	v := m.g.View()
	var parts []string
	for i := len(v.Events) - 1; i >= 0; i-- {
		e := &v.Events[i]
		if e.Turn < v.Turn-1 {
			break
		}
		if e.Kind == game.EvVote && e.Turn == v.Turn-1 {
			parts = append([]string{e.Text}, parts...)
		}
	}
	if len(parts) == 0 {
		return "See the Briefing for what changed."
	}
	return strings.Join(parts, "; ")
}

func (m *Model) resetCursors() {
	m.draft = 0
	m.logOff = 0
	m.briefOff = 0
}

func (m *Model) autosave() tea.Cmd {
	if m.opt.SaveDir == "" || m.g == nil {
		return nil
	}
	path := filepath.Join(m.opt.SaveDir, "autosave-"+m.g.w.Scenario.ID+".json")
	if m.opt.AutosavePath != "" {
		path = m.opt.AutosavePath
	}
	return saveCmd(path, game.MakeSave(m.g.w), true)
}

func (m *Model) saveAs(name string) tea.Cmd {
	if m.opt.SaveDir == "" {
		m.setErr("saving is off: no save folder")
		return nil
	}
	name = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == 0 || r == '.' && false {
			return '-'
		}
		return r
	}, name)
	name = strings.TrimPrefix(name, ".")
	if name == "" {
		m.setErr("a save needs a name")
		return nil
	}
	return saveCmd(filepath.Join(m.opt.SaveDir, name+".json"), game.MakeSave(m.g.w), false)
}

func (m *Model) gameReady(msg gameReadyMsg) tea.Cmd {
	if msg.err != nil {
		if m.g != nil {
			m.setErr(msg.err.Error())
			return nil
		}
		m.start.err = msg.err.Error()
		if m.start.stage == stageMenu && m.start.saves == nil {
			return listSavesCmd(m.opt.SaveDir)
		}
		return nil
	}
	humans := msg.humans
	if len(humans) == 0 {
		humans = msg.w.StartHumans
	}
	if len(humans) == 0 {
		m.setErr("this save has no human seat: watch it with chapter7 sim")
		return nil
	}
	m.g = newSession(msg.w, humans)
	m.campaign = msg.campaign
	if msg.save != "" {
		m.opt.AutosavePath = msg.save
	}
	m.g.nextSeatFromDone()
	m.tab = tabBrief
	for i, n := range tabNames {
		if strings.EqualFold(n, m.opt.Screen) {
			m.tab = tab(i)
		}
	}
	m.privacy = len(humans) > 1
	m.resetCursors()
	if msg.w.Over {
		m.tab = tabReport
	}
	note := msg.note
	if note == "" {
		note = fmt.Sprintf("%s: you are %s. Read the briefing, then act; e ends the turn, ? shows every key.", msg.w.Scenario.Title, seatName(msg.w, m.g.code()))
	}
	if msg.w.Over && m.campaign != "" {
		note = fmt.Sprintf("Crisis over (%s): N for the next crisis. %s", msg.w.Outcome, note)
	}
	m.setStatus(note)
	return nil
}

// bodyHeight is the height of the screen's body between header and status.
func (m *Model) bodyHeight() int { return max(1, m.height-4-len(m.lessonLines(m.width))) }

// lessonLines are the tutorial's current lesson, shown above every screen:
// what to do, and why it matters. None outside the tutorial.
func (m *Model) lessonLines(w int) []string {
	if m.g == nil {
		return nil
	}
	n, step, ok := m.g.View().Tutorial(m.g.seat())
	if !ok {
		return nil
	}
	st := &m.st
	head := fmt.Sprintf("Lesson %d/%d · %s: ", n+1, len(game.TutorialSteps), step.Title)
	if n == len(game.TutorialSteps) {
		head = "Tutorial done: "
	}
	var l []string
	for i, line := range wrap(head+step.Do, w) {
		if i == 0 {
			line = st.Bold.Render(line)
		}
		l = append(l, line)
	}
	for _, line := range wrap("Why: "+step.Why, w) {
		l = append(l, st.Faint.Render(line))
	}
	return l
}

// doneText says what a command did when it made no news.
func doneText(v *game.World, cmd game.Command) string {
	name := func() string {
		info, ok := game.LookupClause(cmd.Clause)
		if !ok {
			return string(cmd.Clause)
		}
		return info.Name
	}
	switch cmd.Kind {
	case game.CmdAddClause:
		return "Added: " + name() + " — the whip count is updated"
	case game.CmdRemoveClause:
		return "Removed: " + name() + " — the whip count is updated"
	case game.CmdSetParam:
		return fmt.Sprintf("%s: %s set to %s", name(), cmd.Param, cmd.Value)
	case game.CmdSetChapter:
		return fmt.Sprintf("The draft is now under Chapter %s", map[int]string{6: "VI", 7: "VII"}[cmd.Chapter])
	case game.CmdCallVote:
		return "The vote is called"
	case game.CmdComply:
		return "Sanctions policy set"
	}
	return string(cmd.Kind) + " done"
}

// Quitting reports whether the player has asked to quit, for a program
// that embeds the game screen (the seminar's client).
func (m *Model) Quitting() bool { return m.quitting }

// Typing reports whether a prompt or a picker has the keyboard, so that an
// embedding program leaves every key to the game.
func (m *Model) Typing() bool { return m.prompt != nil || m.picker != nil }

// openGlossary shows the help scrolled to the glossary.
func (m *Model) openGlossary() {
	m.showHelp = true
	m.helpPanel(max(m.width, minWidth), m.bodyHeight()) // where the glossary starts at this width
	m.helpOff = m.glossaryAt
}
