package seminar

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/chapter-vii/chapter7/game"
	"github.com/chapter-vii/chapter7/ui"
)

// Client is one connection's terminal program: the lobby, then the
// student's or observer's game screen, or the instructor's console. All it
// knows of the game comes in snapshots from the hub.
type Client struct {
	s      *Session
	snap   Snapshot
	have   bool
	width  int
	height int
	line   string // what is being typed
	ask    string // the question the line answers ("" for the lobby's line)
	status string
	bad    bool
	now    func() time.Time
	// plain is set when the student asked for the plain-text mode: the
	// program ends and the server goes on line by line.
	plain bool
	// game is the full game screen of a student's seat, fed by snapshots.
	game    *ui.Model
	noColor bool
}

// NewClient returns the terminal program for a session; noColor comes
// from the client's own environment (NO_COLOR), never the server's.
func NewClient(s *Session, noColor bool) *Client {
	return &Client{s: s, width: 80, height: 24, now: time.Now, noColor: noColor}
}

type snapMsg Snapshot
type closedMsg struct{}
type tickMsg struct{}

func wait(s *Session) tea.Cmd {
	return func() tea.Msg {
		select {
		case snap := <-s.Updates():
			return snapMsg(snap)
		case <-s.Closed():
			return closedMsg{}
		}
	}
}

func tick() tea.Cmd {
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return tickMsg{} })
}

// Init waits for the first snapshot.
func (c *Client) Init() tea.Cmd { return tea.Batch(wait(c.s), tick()) }

// Update routes every message.
func (c *Client) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		c.width, c.height = msg.Width, msg.Height
		return c, c.toGame(tea.WindowSizeMsg{Width: msg.Width, Height: c.gameHeight()})
	case snapMsg:
		c.snap, c.have = Snapshot(msg), true
		if c.snap.Notice != "" {
			c.status, c.bad = c.snap.Notice, false
		}
		return c, tea.Batch(wait(c.s), c.syncGame())
	case closedMsg:
		return c, tea.Quit
	case tickMsg:
		return c, tick() // the round timer counts down on screen
	case tea.KeyPressMsg:
		if c.game != nil && msg.String() != "ctrl+c" && c.ask != "line" {
			if msg.String() == ":" && !c.game.Typing() {
				c.ask, c.line = "line", "" // the seminar's command line: cable, say, …
				return c, nil
			}
			return c, c.toGame(msg)
		}
		return c, c.key(msg)
	}
	return c, c.toGame(msg) // the game screen's own messages
}

// syncGame starts the full game screen when the session holds a seat, ends
// it when it no longer does, and hands it each new view.
func (c *Client) syncGame() tea.Cmd {
	switch {
	case c.snap.Role == Student && c.game == nil:
		c.game = ui.New(ui.Options{Dark: true, NoColor: c.noColor,
			Remote: &ui.Remote{Seat: c.snap.Seat, Apply: c.s.Command, World: c.snap.View}})
		return tea.Batch(c.game.Init(), c.toGame(tea.WindowSizeMsg{Width: c.width, Height: c.gameHeight()}))
	case c.snap.Role != Student:
		c.game = nil
		return nil
	}
	return c.toGame(ui.RemoteWorld{W: c.snap.View})
}

func (c *Client) toGame(msg tea.Msg) tea.Cmd {
	if c.game == nil {
		return nil
	}
	m, cmd := c.game.Update(msg)
	c.game = m.(*ui.Model)
	if c.game.Quitting() {
		return tea.Quit
	}
	return cmd
}

func (c *Client) result(err error, ok string) {
	if err != nil {
		c.status, c.bad = err.Error(), true
	} else if ok != "" {
		c.status, c.bad = ok, false
	}
}

func (c *Client) key(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "ctrl+c":
		return tea.Quit
	case "enter":
		line := strings.TrimSpace(c.line)
		c.line = ""
		ask := c.ask
		c.ask = ""
		return c.submit(ask, line)
	case "backspace":
		if r := []rune(c.line); len(r) > 0 {
			c.line = string(r[:len(r)-1])
		}
		return nil
	case "esc":
		c.line, c.ask = "", ""
		return nil
	}
	if c.line == "" && c.ask == "" && c.snap.Role == Instructor {
		if cmd, ok := c.instructorKey(k.String()); ok {
			return cmd
		}
	}
	if t := k.Text; t != "" && len(c.line) < 300 {
		c.line += t
	}
	return nil
}

// instructorKey runs the console's one-key commands.
func (c *Client) instructorKey(k string) (tea.Cmd, bool) {
	s := c.s
	switch k {
	case "s":
		c.result(s.Start(), "The seminar has started: the engine plays every seat nobody holds.")
	case "p":
		c.result(s.Pause(!c.snap.Paused), map[bool]string{true: "Resumed.", false: "Paused."}[c.snap.Paused])
	case "a":
		c.result(s.Advance(), "Turn advanced.")
	case "r":
		c.result(s.Reveal(), "Every private message is revealed; the debrief is written to the data folder.")
	case "t":
		c.ask = "timer"
	case "i":
		c.ask = "inject"
	case "e":
		c.ask = "engine"
	case "h":
		c.ask = "human"
	case "k":
		c.ask = "kick"
	default:
		return nil, false
	}
	return nil, true
}

func (c *Client) submit(ask, line string) tea.Cmd {
	s := c.s
	switch ask {
	case "line":
		if line == "" {
			return nil
		}
		cmd, err := parseCommand(strings.Fields(line), line)
		if err != nil {
			c.result(err, "")
			return nil
		}
		c.result(s.Command(cmd), string(cmd.Kind)+" done.")
		return nil
	case "timer":
		m, err := strconv.Atoi(line)
		if err != nil || m < 0 {
			c.result(fmt.Errorf("a round lasts a whole number of minutes, 0 for no timer"), "")
			return nil
		}
		c.result(s.SetTimer(time.Duration(m)*time.Minute), fmt.Sprintf("Rounds of %d minutes.", m))
		return nil
	case "inject":
		id, text := "", line
		for _, ev := range c.snap.View.Scenario.Events {
			if ev.ID == line {
				id, text = line, ""
			}
		}
		c.result(s.Inject(id, text), "Event injected.")
		return nil
	case "engine", "human":
		c.result(s.HandToEngine(seatCode(line), ask == "engine"), "Done.")
		return nil
	case "kick":
		id, err := strconv.Atoi(line)
		if err != nil {
			c.result(fmt.Errorf("kick takes a session number from the list"), "")
			return nil
		}
		c.result(s.Kick(id), "Kicked.")
		return nil
	}
	if line == "" {
		return nil
	}
	words := strings.Fields(line)
	verb := strings.ToLower(words[0])
	switch {
	case verb == "quit" || verb == "exit":
		return tea.Quit
	case verb == "plain":
		if len(words) > 1 {
			if err := s.TakeSeat(seatCode(words[1]), strings.Join(words[2:], " ")); err != nil {
				c.result(err, "")
				return nil
			}
		}
		if c.snap.Role != Student && len(words) == 1 {
			c.result(fmt.Errorf("take a seat first: plain USA"), "")
			return nil
		}
		c.plain = true
		return tea.Quit
	case verb == "observe":
		c.result(s.Observe(), "You are watching.")
	case verb == "instructor" && len(words) == 2:
		c.result(s.ClaimInstructor(words[1]), "You hold the control seat.")
	case c.snap.Role == Lobby || c.snap.Role == Observer:
		code := ""
		if len(words) > 1 {
			code = words[1]
		}
		c.result(s.TakeSeat(seatCode(words[0]), code), "")
	case c.snap.Role == Student:
		cmd, err := parseCommand(words, line)
		if err != nil {
			c.result(err, "")
			return nil
		}
		c.result(s.Command(cmd), string(cmd.Kind)+" done.")
	default:
		c.result(fmt.Errorf("unknown command %q", verb), "")
	}
	return nil
}

// seatCode reads a seat as typed: a state code in any case, or secretariat.
func seatCode(w string) string {
	if strings.EqualFold(w, game.Secretariat) {
		return game.Secretariat
	}
	return strings.ToUpper(w)
}

// parseCommand reads a student's typed command.
func parseCommand(words []string, line string) (game.Command, error) {
	verb := strings.ToLower(words[0])
	arg := func(i int) string {
		if i < len(words) {
			return words[i]
		}
		return ""
	}
	num := func(i int) int { n, _ := strconv.Atoi(arg(i)); return n }
	amt := func(i int) float64 { f, _ := strconv.ParseFloat(arg(i), 64); return f }
	switch verb {
	case "end":
		return game.Command{Kind: game.CmdEndTurn}, nil
	case "lobby", "pressure", "deal", "aid", "compensate", "name":
		kind := map[string]game.CommandKind{"lobby": game.CmdLobby, "pressure": game.CmdPressure, "deal": game.CmdSideDeal,
			"aid": game.CmdPromiseAid, "compensate": game.CmdCompensate, "name": game.CmdNameBreach}[verb]
		return game.Command{Kind: kind, Target: strings.ToUpper(arg(1)), Amount: amt(2)}, nil
	case "say", "cable":
		to, text := "", strings.TrimSpace(strings.TrimPrefix(line, words[0]))
		if verb == "cable" {
			to = strings.ToUpper(arg(1))
			text = strings.TrimSpace(strings.TrimPrefix(text, arg(1)))
		}
		return game.Command{Kind: game.CmdMessage, Target: to, Text: text}, nil
	case "table":
		if n := num(1); n > 0 {
			return game.Command{Kind: game.CmdTable, Draft: n}, nil
		}
		return game.Command{Kind: game.CmdDraft, Symbol: arg(1)}, nil
	case "vote":
		return game.Command{Kind: game.CmdCallVote, Draft: num(1)}, nil
	case "veto":
		return game.Command{Kind: game.CmdThreatenVeto, Draft: num(1)}, nil
	case "explain":
		// explain N GROUND, or explain GROUND for the latest veto
		if n := num(1); n > 0 {
			return game.Command{Kind: game.CmdExplainVeto, Draft: n, Value: arg(2)}, nil
		}
		return game.Command{Kind: game.CmdExplainVeto, Value: arg(1)}, nil
	case "draft":
		var cs []game.ClauseEntry
		for _, w := range words[1:] {
			cs = append(cs, game.ClauseEntry{ID: game.ClauseID(w)})
		}
		return game.Command{Kind: game.CmdDraft, Clauses: cs}, nil
	case "add", "remove":
		kind := game.CmdAddClause
		if verb == "remove" {
			kind = game.CmdRemoveClause
		}
		return game.Command{Kind: kind, Draft: num(1), Clause: game.ClauseID(arg(2))}, nil
	case "commit", "recall":
		kind := game.CmdCommitForces
		if verb == "recall" {
			kind = game.CmdRecallForces
		}
		return game.Command{Kind: kind, Amount: amt(1)}, nil
	case "offensive":
		return game.Command{Kind: game.CmdOffensive, Value: arg(1)}, nil
	case "comply":
		return game.Command{Kind: game.CmdComply, Value: arg(1)}, nil
	}
	return game.Command{}, fmt.Errorf("unknown command %q: see the list at the bottom of the screen", verb)
}

// View renders the screen.
func (c *Client) View() tea.View {
	var body string
	switch {
	case !c.have:
		body = "Connecting to the seminar…"
	case c.width < 60 || c.height < 16:
		body = fmt.Sprintf("This terminal is %d×%d; the seminar needs at least 60×16.", c.width, c.height)
	case c.snap.Role == Instructor:
		body = c.console()
	case c.snap.Role == Student && c.game != nil:
		gv := c.game.View()
		last := faint.Render(truncate(c.seminarLine(), c.width))
		if c.ask == "line" {
			last = truncate(": "+c.line+"█   (cable CODE text · say text · enter sends · esc cancels)", c.width)
		}
		if c.gameHeight() == c.height {
			// No spare row: the seminar's line takes the place of the key hints (? lists the keys).
			if i := strings.LastIndex(gv.Content, "\n"); i >= 0 {
				gv.Content = gv.Content[:i]
			}
		}
		gv.Content += "\n" + last
		return gv
	case c.snap.Role == Student || c.snap.Role == Observer:
		body = c.gameScreen()
	default:
		body = c.lobby()
	}
	v := tea.NewView(body)
	v.AltScreen = true
	return v
}

var (
	heading = lipgloss.NewStyle().Bold(true)
	faint   = lipgloss.NewStyle().Faint(true)
)

func (c *Client) footer(hint string) []string {
	var l []string
	if c.status != "" {
		st := c.status
		if c.bad {
			st = "! " + st
		}
		l = append(l, "", truncate(st, c.width))
	}
	prompt := "> "
	if c.ask != "" {
		prompt = map[string]string{"timer": "minutes per round: ", "inject": "event id or news text: ", "engine": "seat to hand to the engine: ",
			"human": "seat to give back to its student: ", "kick": "session number to kick: "}[c.ask]
	}
	l = append(l, faint.Render(truncate(hint, c.width)), prompt+c.line+"█")
	return l
}

// seatLines lists the seats in as many columns as the width allows,
// seats with a briefing first.
func (c *Client) seatLines(rows int) []string {
	var cells []string
	for _, si := range c.snap.Seats {
		holder := "engine"
		if !c.snap.Started {
			holder = "free"
		}
		if si.Holder != "" {
			holder = si.Holder
			if !si.Online {
				holder += " (away)"
			}
			if si.Done {
				holder += " ✓"
			}
		}
		code := si.Code
		if code == game.Secretariat {
			code = "secretariat"
		}
		cells = append(cells, fmt.Sprintf("%-4s %-14s %s", code, truncate(si.Name, 14), truncate(holder, 10)))
	}
	const colWidth = 35
	cols := max(1, (c.width-2)/colWidth)
	per := (len(cells) + cols - 1) / cols
	if per > rows && rows > 0 {
		per = rows
	}
	var l []string
	for r := 0; r < per; r++ {
		line := " "
		for col := 0; col < cols; col++ {
			if i := col*per + r; i < len(cells) {
				line += fmt.Sprintf(" %-*s", colWidth-1, cells[i])
			}
		}
		l = append(l, strings.TrimRight(line, " "))
	}
	if per*cols < len(cells) {
		l = append(l, fmt.Sprintf("  … and %d more seats: widen the terminal to see them", len(cells)-per*cols))
	}
	return l
}

func (c *Client) lobby() string {
	w := c.snap.View
	l := []string{heading.Render(fmt.Sprintf("Chapter VII — seminar: %s — turn %d, %s", w.Scenario.Title, w.Turn, w.Date.Long())), "Seats:"}
	l = append(l, c.seatLines(c.height-7)...)
	l = append(l, c.footer("Type a seat code (and its join code, if it has one) and Enter · plain SEAT for plain text (screen readers) · observe · instructor CODE · quit")...)
	return strings.Join(l, "\n")
}

func (c *Client) timer() string {
	switch {
	case c.snap.Paused:
		return "PAUSED"
	case c.snap.RoundEnds.IsZero():
		return "no round timer"
	}
	left := max(0, c.snap.RoundEnds.Sub(c.now()).Round(time.Second))
	return "round ends in " + left.String()
}

// gameHeight is the rows the game screen gets: all but the seminar's line,
// unless that would leave it less than the 24 it needs.
func (c *Client) gameHeight() int {
	if c.height > 24 {
		return c.height - 1
	}
	return c.height
}

// seminarLine is the seminar's own line under the game screen.
func (c *Client) seminarLine() string {
	online := 0
	for _, si := range c.snap.Seats {
		if si.Online {
			online++
		}
	}
	line := fmt.Sprintf("Seminar · %s · %d online · : for cable/say", c.timer(), online)
	if c.status != "" {
		line += " · " + c.status
	}
	return line
}

func (c *Client) gameScreen() string {
	w := c.snap.View
	seat := c.snap.Seat
	if seat == "" {
		seat = "observer"
	}
	ap := 0
	if id, ok := w.SeatByCode(c.snap.Seat); ok && c.snap.Role == Student {
		ap = w.Seats[id].AP
	}
	_, rung := game.Ladder(w.Tension)
	l := []string{heading.Render(fmt.Sprintf("%s — %s — turn %d, %s", w.Scenario.Title, seat, w.Turn, w.Date.Long())),
		fmt.Sprintf("AP %d · UN authority %.0f · escalation %s · %s", ap, w.Authority, rung, c.timer()), ""}
	l = append(l, heading.Render("Drafts"))
	n := 0
	for i := range w.Drafts {
		d := &w.Drafts[i]
		if !d.Status.Open() {
			continue
		}
		wc := w.PlayerWhip(d)
		l = append(l, truncate(fmt.Sprintf("  %d %s [%s] %d yes of %d needed%s", d.ID, d.Name(), d.Status, wc.Yes, wc.Needed, vetoNote(w, wc)), c.width))
		n++
	}
	if n == 0 {
		l = append(l, "  none before the Council")
	}
	l = append(l, "", heading.Render("News and cables"))
	room := max(3, c.height-len(l)-6)
	ev := w.Events
	if len(ev) > room {
		ev = ev[len(ev)-room:]
	}
	for _, e := range ev {
		l = append(l, truncate(fmt.Sprintf("  %s %s", e.Date, e.Text), c.width))
	}
	hint := "lobby CODE · deal CODE · aid CODE AMT · cable CODE text · say text · table SYMBOL|N · vote N · veto N · explain [N] GROUND · draft CLAUSES… · end · quit"
	if c.snap.Role == Observer {
		hint = "You are watching. Type a seat code to take a free seat · quit"
	}
	l = append(l, c.footer(hint)...)
	return strings.Join(l, "\n")
}

func vetoNote(w *game.World, wc game.WhipCount) string {
	if len(wc.Vetoes) == 0 {
		return ""
	}
	var codes []string
	for _, v := range wc.Vetoes {
		codes = append(codes, w.Code(v))
	}
	return " · veto likely: " + strings.Join(codes, ", ")
}

func (c *Client) console() string {
	w := c.snap.View
	l := []string{heading.Render(fmt.Sprintf("Instructor — %s — turn %d, %s", w.Scenario.Title, w.Turn, w.Date.Long())),
		fmt.Sprintf("UN authority %.0f · %s · %d connected", w.Authority, c.timer(), len(c.snap.Sessions)), "", "Seats:"}
	l = append(l, c.seatLines(max(3, c.height/2-4))...)
	l = append(l, "", "Sessions:")
	for _, s := range c.snap.Sessions {
		role := map[Role]string{Lobby: "in the lobby", Student: "at " + s.Seat, Observer: "watching", Instructor: "instructor"}[s.Role]
		l = append(l, fmt.Sprintf("  %3d %-20s %s", s.ID, truncate(s.Name, 20), role))
	}
	room := c.height - len(l) - 6
	if room > 2 {
		l = append(l, "", "Latest:")
		ev := w.Events
		if len(ev) > room-2 {
			ev = ev[len(ev)-(room-2):]
		}
		for _, e := range ev {
			to := ""
			if e.To >= 0 {
				to = "[private] "
			}
			l = append(l, truncate(fmt.Sprintf("  %s %s%s", e.Date, to, e.Text), c.width))
		}
	}
	hint := "p pause/resume · t round timer · a advance the turn · i inject · e hand a seat to the engine · h give it back · k kick · r reveal and debrief"
	if !c.snap.Started {
		hint = "s starts the seminar (the engine takes the free seats) · " + hint
	}
	l = append(l, c.footer(hint)...)
	return strings.Join(l, "\n")
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n || n < 2 {
		return s
	}
	return string(r[:n-1]) + "…"
}
