// Package plain is Chapter VII as a line-by-line conversation, for screen
// readers, braille displays and scripts: no cursor movement, no redrawing,
// no box drawing, no colour. Each turn it prints what changed as short
// sentences, then a numbered menu; the player types a number or a command
// and presses Enter. Reading from a pipe makes it a scripting interface.
package plain

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// Options are what the play command passes to plain mode.
type Options struct {
	Scenario string // id or path; asked for when empty
	Seat     string // asked for when empty
	Seed     uint64
	Load     string // a save to continue
	SaveDir  string // where save NAME writes and the autosave goes
	// Difficulty of a new game: easy, normal or hard.
	Difficulty string
	// AutosavePath, when set, is where the autosave goes instead.
	AutosavePath string
	// Remote, when set, plays a seat of a game held elsewhere (a seminar):
	// commands go to it and the world comes from it.
	Remote *Remote
}

// Remote is a seat in a game someone else holds.
type Remote struct {
	Seat  string
	Apply func(game.Command) error
	// World is the seat's newest view.
	World func() *game.World
	// Wait blocks until the game changes and returns the new view, or false
	// when the seminar has ended.
	Wait func() (*game.World, bool)
}

// session is one player's conversation with a game.
type session struct {
	in      *bufio.Scanner
	out     io.Writer
	opt     Options
	w       *game.World
	seat    game.SeatID
	code    string
	seen    int // events already told
	hist    *game.World
	quit    bool
	pending []string // words typed ahead on one line, used by the next questions
	depth   int      // how deep in questions the player is; 0 at the turn's menu
	header  bool     // the turn's header has been said
	turn    int      // the turn the header was said for
	lesson  int      // the tutorial lesson last told, from 1; 0 before any
}

// errQuit ends the conversation when input runs out.
var errQuit = errors.New("input ended")

// Run plays a game in plain mode until the player quits or input ends.
func Run(in io.Reader, out io.Writer, opt Options) error {
	s := &session{in: bufio.NewScanner(in), out: out, opt: opt}
	s.in.Buffer(make([]byte, 64*1024), 64*1024)
	if err := s.setup(); err != nil {
		if errors.Is(err, errQuit) || errors.Is(err, errQuitNow) {
			return nil
		}
		return err
	}
	s.say("Type help at any prompt for the commands. Type a number to choose from a menu.")
	for !s.quit {
		if r := s.opt.Remote; r != nil {
			s.w = r.World() // others may have moved while we waited at the prompt
		}
		s.news()
		if s.w.Over {
			s.endOfGame()
			return nil
		}
		if err := s.turnPrompt(); err != nil {
			if errors.Is(err, errQuitNow) {
				return nil
			}
			if errors.Is(err, errQuit) {
				s.say("Input ended. The game stops here; your last turn was saved automatically.")
				return nil
			}
			return err
		}
	}
	return nil
}

func (s *session) say(format string, args ...any) {
	fmt.Fprintf(s.out, format+"\n", args...)
}

// errQuitNow unwinds from a question when the player types quit.
var errQuitNow = errors.New("quit")

// infoCommands answer at any question, which is then asked again.
var infoCommands = []string{"help", "status", "briefing", "council", "whip", "sanctions", "theatre", "budget", "log", "report", "glossary", "save"}

// ask prints a question and returns the answer line, trimmed. Words left
// over from a line typed ahead ("lobby CUB") answer first. The commands
// that only tell (status, whip, log, …) and save and quit work at every
// question.
func (s *session) ask(question string) (string, error) {
	if len(s.pending) > 0 {
		a := s.pending[0]
		s.pending = s.pending[1:]
		return a, nil
	}
	for {
		fmt.Fprintf(s.out, "%s\n> ", question)
		if !s.in.Scan() {
			fmt.Fprintln(s.out)
			return "", errQuit
		}
		line := strings.TrimSpace(s.in.Text())
		fmt.Fprintln(s.out, line) // echo, so a transcript reads as a dialogue
		words := strings.Fields(strings.ToLower(line))
		if len(words) == 0 {
			return "", nil
		}
		switch {
		case words[0] == "quit":
			s.quit = true
			s.say("Goodbye.")
			return "", errQuitNow
		case s.depth == 0:
			return line, nil
		case slices.Contains(infoCommands, words[0]):
			s.depth++
			saved := s.pending
			s.pending = strings.Fields(line)[1:]
			err := commands[words[0]].run(s)
			s.pending = saved
			s.depth--
			if err != nil {
				return "", err
			}
			continue
		}
		return line, nil
	}
}

// choose asks for one of a numbered list, by number or by name; it asks
// again until the answer is good, or returns -1 when the player types back.
// An answer typed ahead is used without reading the list out.
func (s *session) choose(question string, items []string, names []string) (int, error) {
	s.depth++
	defer func() { s.depth-- }()
	pick := func(a string) int {
		if n, err := strconv.Atoi(a); err == nil && n >= 1 && n <= len(items) {
			return n - 1
		}
		for i, n := range names {
			if strings.EqualFold(n, a) {
				return i
			}
		}
		return -1
	}
	if len(s.pending) > 0 {
		a := s.pending[0]
		s.pending = s.pending[1:]
		if i := pick(a); i >= 0 {
			return i, nil
		}
		s.say("%q is not one of the choices.", a)
		s.pending = nil
	}
	for {
		for i, it := range items {
			s.say("  %d. %s", i+1, it)
		}
		a, err := s.ask(question + " Type a number, or back.")
		if err != nil {
			return -1, err
		}
		if a == "back" || a == "" {
			return -1, nil
		}
		if i := pick(a); i >= 0 {
			return i, nil
		}
		s.say("%q is not one of the choices: type a number from 1 to %d.", a, len(items))
	}
}

func (s *session) setup() error {
	if r := s.opt.Remote; r != nil {
		s.w, s.code = r.World(), r.Seat
		s.seat, _ = s.w.SeatByCode(r.Seat)
		s.seen = len(s.w.Events)
		s.say("Plain-text mode. %s: you play %s, turn %d, %s.", s.w.Scenario.Title, s.seatName(), s.w.Turn, s.w.Date.Long())
		s.briefing()
		return nil
	}
	if s.opt.Load != "" {
		w, _, err := data.ReadSave(s.opt.Load)
		if err != nil {
			return err
		}
		s.w = w
		for i, seat := range w.Seats {
			if seat.Human {
				s.seat = game.SeatID(i)
				break
			}
		}
		s.code = w.SeatCode(s.seat)
		s.seen = len(w.Events)
		s.say("Continuing %s as %s, turn %d, %s.", w.Scenario.Title, s.seatName(), w.Turn, w.Date.Long())
		return nil
	}
	id := s.opt.Scenario
	if id == "" {
		ids := data.List()
		var titles []string
		for _, x := range ids {
			sc, _ := data.Load(x)
			titles = append(titles, fmt.Sprintf("%s: %s", sc.Title, firstSentence(sc.Summary)))
		}
		i, err := s.choose("Which scenario?", titles, ids)
		if err != nil {
			return err
		}
		if i < 0 {
			return errQuit
		}
		id = ids[i]
	}
	sc, err := data.LoadAny(id)
	if err != nil {
		return err
	}
	code := s.opt.Seat
	if code == "" {
		var items, codes []string
		for _, b := range sc.Briefs {
			c := game.Secretariat
			name := "the Secretariat"
			if int(b.Seat) < len(sc.States) {
				c, name = sc.States[b.Seat].Code, sc.States[b.Seat].Name
			}
			items = append(items, fmt.Sprintf("%s (%s)", name, c))
			codes = append(codes, c)
		}
		for _, st := range sc.States {
			if !slices.Contains(codes, st.Code) {
				items = append(items, fmt.Sprintf("%s (%s)", st.Name, st.Code))
				codes = append(codes, st.Code)
			}
		}
		i, err := s.choose("Which seat do you play? The first ones have a briefing.", items, codes)
		if err != nil {
			return err
		}
		if i < 0 {
			return errQuit
		}
		code = codes[i]
	}
	seed := s.opt.Seed
	if seed == 0 {
		seed = 1
	}
	w, err := game.New(sc, seed, game.Options{Humans: []string{code}, Difficulty: s.opt.Difficulty})
	if err != nil {
		return err
	}
	s.w, s.code = w, code
	s.seat, _ = w.SeatByCode(code)
	s.say("%s. You play %s. Seed %d.", sc.Title, s.seatName(), seed)
	s.say("%s", sc.Summary)
	s.briefing()
	return nil
}

func firstSentence(t string) string {
	if i := strings.Index(t, ". "); i > 0 {
		return t[:i+1]
	}
	return t
}

func (s *session) seatName() string {
	if int(s.seat) >= s.w.N() {
		return "the Secretariat"
	}
	return s.w.Def(game.StateID(s.seat)).Name
}

func (s *session) view() *game.World { return s.w.ViewFor(s.seat) }

func (s *session) briefing() {
	for _, b := range s.w.Scenario.Briefs {
		if b.Seat != s.seat {
			continue
		}
		s.say("Your briefing: %s", strings.Join(strings.Fields(b.Briefing), " "))
		for _, o := range b.Objectives {
			s.say("Objective: %s.", o.Text)
		}
	}
}

// news tells what happened since the player last looked: news first.
func (s *session) news() {
	v := s.view()
	var lines []string
	events := slices.Clone(s.w.Events[s.seen:])
	slices.SortStableFunc(events, func(a, b game.Event) int { return int(a.Date - b.Date) })
	for i := range events {
		e := &events[i]
		if !e.Public() && e.To != s.seat {
			continue
		}
		if e.Kind == game.EvCable && strings.HasPrefix(e.Text, "You ") {
			continue
		}
		prefix := ""
		if !e.Public() {
			prefix = "Private: "
		}
		lines = append(lines, fmt.Sprintf("%s: %s%s.", e.Date.Long(), prefix, strings.TrimSuffix(e.Text, ".")))
	}
	s.seen = len(s.w.Events)
	if len(lines) > 0 {
		s.header = false
		s.say("")
		s.say("News:")
		for _, l := range lines {
			s.say("%s", l)
		}
	}
	if v.Over {
		return
	}
	if s.header && s.turn == v.Turn {
		s.say("%s left.", pointsWord(v.Seats[s.seat].AP))
		return
	}
	s.header, s.turn = true, v.Turn
	_, rung := game.Ladder(v.Tension)
	s.say("")
	s.say("Turn %d, %s. You are %s, with %s. UN authority %.0f of 100; escalation: %s.",
		v.Turn, v.Date.Long(), s.seatName(), pointsWord(v.Seats[s.seat].AP), v.Authority, rung)
}

func pointsWord(n int) string {
	if n == 1 {
		return "1 action point"
	}
	return fmt.Sprintf("%d action points", n)
}

// turnPrompt offers the menu and runs what the player chooses.
func (s *session) turnPrompt() error {
	if n, step, ok := s.view().Tutorial(s.seat); ok && n+1 != s.lesson {
		s.lesson = n + 1
		if n < len(game.TutorialSteps) {
			s.say("Lesson %d of %d, %s: %s Why: %s", n+1, len(game.TutorialSteps), step.Title, step.Plain, step.Why)
		} else {
			s.say("The tutorial is done. %s %s", step.Plain, step.Why)
		}
	}
	items := s.menu()
	s.say("What do you do?")
	for i, it := range items {
		s.say("  %d. %s", i+1, it.label)
	}
	line, err := s.ask("Type a number, or a command (help lists them).")
	if err != nil {
		return err
	}
	if line == "" {
		return nil
	}
	if n, err := strconv.Atoi(line); err == nil {
		if n < 1 || n > len(items) {
			s.say("There is no choice %d: type a number from 1 to %d.", n, len(items))
			return nil
		}
		return items[n-1].run(s)
	}
	words := strings.Fields(line)
	cmd, ok := commands[strings.ToLower(words[0])]
	if !ok {
		s.say("I do not know %q. Type a number from the menu, or help for the commands.", words[0])
		return nil
	}
	s.pending = words[1:]
	err = cmd.run(s)
	s.pending = nil
	return err
}

type item struct {
	label string
	run   func(*session) error
}

// menu is what the seat can usefully do now.
func (s *session) menu() []item {
	v := s.view()
	var out []item
	isState := int(s.seat) < v.N()
	if isState {
		out = append(out, item{"Draft a new resolution", (*session).newDraft})
		if next := s.nextHistorical(); next != "" {
			out = append(out, item{"Table the historical text " + next, func(s *session) error { return s.tableHistorical(next) }})
		}
	}
	for i := range v.Drafts {
		d := &v.Drafts[i]
		if d.Status.Open() && s.mine(d) {
			id := d.ID
			out = append(out, item{fmt.Sprintf("Work on %s (%s): %s", d.Name(), d.Status, d.Summary()), func(s *session) error { return s.workOn(id) }})
		}
	}
	if isState && s.othersOpenDrafts() {
		out = append(out, item{"Co-sponsor a draft", (*session).cosponsor})
	}
	if isState && s.blocked() {
		out = append(out, item{"Uniting for Peace: ask the members for an emergency session of the General Assembly", (*session).uniting})
	}
	out = append(out, item{"Send a private cable or make a public statement", (*session).message})
	if isState {
		out = append(out, item{"Diplomacy: lobby, promise aid, press, or strike a deal", (*session).diplomacy})
		st := game.StateID(s.seat)
		if owed := v.OwedExplanations(st); len(owed) > 0 {
			id := owed[len(owed)-1]
			out = append([]item{{"Explain your veto to the Council (you owe it your reasons)", func(s *session) error { return s.explainVeto(id) }}}, out...)
		}
		if v.Def(st).Permanent && v.Scenario.OnCouncil(st, v.Date) && s.othersOpenDrafts() {
			out = append(out, item{"Threaten to veto a draft", (*session).threaten})
		}
		if v.Def(st).Troops > 0 || v.States[st].Committed > 0 || v.IsAggressor(st) {
			out = append(out, item{"Forces", (*session).forces})
		}
		if v.Sanctions.Active {
			out = append(out, item{"Sanctions: comply, name a breach, compensate", (*session).sanctionsMenu})
		}
	} else {
		out = append(out, item{"The Secretariat's tools: Art. 99, envoy, fact-finding, appeals, a mission", (*session).secretariat})
	}
	out = append(out, item{"Read the whip count of a draft", (*session).whip})
	out = append(out, item{"End the turn", (*session).endTurn})
	return out
}

func (s *session) mine(d *game.Draft) bool {
	if int(s.seat) >= s.w.N() {
		return len(d.Sponsors) == 0
	}
	return slices.Contains(d.Sponsors, game.StateID(s.seat))
}

func (s *session) othersOpenDrafts() bool {
	v := s.view()
	for i := range v.Drafts {
		if v.Drafts[i].Status.Open() && !s.mine(&v.Drafts[i]) {
			return true
		}
	}
	return false
}

// nextHistorical is a historical text not yet tabled whose meeting falls
// in this turn or the last two weeks.
func (s *session) nextHistorical() string {
	v := s.view()
	for i, h := range v.Scenario.Drafts {
		if v.Tabled[i] || h.Date > v.TurnEnd() || h.Date < v.Date.AddDays(-14) {
			continue
		}
		if slices.ContainsFunc(v.Drafts, func(d game.Draft) bool { return d.Symbol == h.Symbol }) {
			continue
		}
		return h.Symbol
	}
	return ""
}

// apply sends a command and says what happened: refusals in one sentence.
func (s *session) apply(c game.Command) bool {
	c.Seat = s.code
	if r := s.opt.Remote; r != nil {
		err := r.Apply(c)
		s.w = r.World()
		if err != nil {
			s.say("Refused: %s.", strings.TrimSuffix(err.Error(), "."))
			return false
		}
		return true
	}
	w, _, err := game.Apply(s.w, c)
	if err != nil {
		s.say("Refused: %s.", strings.TrimSuffix(err.Error(), "."))
		return false
	}
	s.w = w
	return true
}

func (s *session) autosave() {
	if s.opt.SaveDir == "" || s.opt.Remote != nil {
		return
	}
	path := filepath.Join(s.opt.SaveDir, "autosave-"+s.w.Scenario.ID+".json")
	if s.opt.AutosavePath != "" {
		path = s.opt.AutosavePath
	}
	if err := data.WriteSave(path, game.MakeSave(s.w)); err != nil {
		s.say("The autosave failed: %v.", err)
	}
}
