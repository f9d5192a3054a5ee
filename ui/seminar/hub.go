// Package seminar runs one game for a class: one goroutine owns the game,
// every student's session sends it commands and receives the newest view of
// its own seat, and an instructor steers from a control seat. The SSH
// server (serve.go) puts a terminal on each session; the hub itself knows
// nothing of terminals.
package seminar

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// Role is what a session is in the seminar.
type Role int

// Roles.
const (
	Lobby      Role = iota // connected, no seat yet
	Student                // holds a seat
	Observer               // watches the public view
	Instructor             // the control seat
)

// Config sets up a seminar.
type Config struct {
	Scenario *game.Scenario
	Seed     uint64
	// DataDir keeps the game, the seats and the debrief; a hub started on
	// the same folder resumes the same game with the same seats.
	DataDir string
	// InstructorCode lets a session take the control seat.
	InstructorCode string
	// InstructorKeys are public-key fingerprints that are the instructor.
	InstructorKeys []string
	// JoinCodes protect seats: seat code → the code a student must give.
	JoinCodes map[string]string
	// Reserved seats: seat code → the only key fingerprint that may take it.
	Reserved map[string]string
	// Now is the clock (time.Now unless a test sets it).
	Now func() time.Time
	// IdleTimeout ends sessions that send nothing for this long (0: never).
	IdleTimeout time.Duration
}

// SeatInfo is who holds a seat, as every session sees it.
type SeatInfo struct {
	Code   string
	Name   string
	Holder string // the student's name, or "" for the engine
	Online bool
	Done   bool // has ended its turn
}

// Snapshot is what a session is shown: its seat's view of the game and the
// seminar's state. Only the hub's goroutine makes them.
type Snapshot struct {
	View      *game.World
	Seat      string // the seat's code, "" in the lobby or for an observer
	Role      Role
	Paused    bool
	RoundEnds time.Time // zero when no round timer runs
	Seats     []SeatInfo
	Revealed  bool
	Notice    string // the last refusal or message for this session
	// Sessions lists who is connected; only the instructor gets it.
	Sessions []SessionInfo
	// Started is false until the engine takes the seats nobody holds.
	Started bool
}

// SessionInfo is one connection, as the instructor sees it.
type SessionInfo struct {
	ID   int
	Name string
	Seat string
	Role Role
}

// Session is one connection.
type Session struct {
	ID      int
	Key     string // public-key fingerprint
	Name    string
	hub     *Hub
	updates chan Snapshot
	closed  chan struct{}
	// owned by the hub goroutine:
	role     Role
	seat     string
	lastSeen time.Time
	notice   string
	gone     bool
}

// Updates delivers the newest snapshot; a slow reader misses only stale ones.
func (s *Session) Updates() <-chan Snapshot { return s.updates }

// Closed is closed when the hub ends the session (kicked, idle, shut down).
func (s *Session) Closed() <-chan struct{} { return s.closed }

// Hub owns the game.
type Hub struct {
	cfg      Config
	reqs     chan func()
	w        *game.World
	sessions map[int]*Session
	holders  map[string]string // seat → key
	names    map[string]string // key → name
	nextID   int
	paused   bool
	round    time.Duration
	ends     time.Time
	revealed bool
	turn     int
	stopped  chan struct{}
	// started is set once the engine has taken the seats nobody holds.
	started bool
	// dirty marks a change not yet published. Snapshots go out at most every
	// publishEvery, so a burst of commands costs each session one new frame.
	dirty bool
}

// publishEvery bounds how often sessions get new snapshots.
const publishEvery = 40 * time.Millisecond

// ErrClosed is returned once the hub has stopped.
var ErrClosed = errors.New("the seminar has ended")

// NewHub starts a seminar, or resumes the one saved in cfg.DataDir.
func NewHub(cfg Config) (*Hub, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	h := &Hub{cfg: cfg, reqs: make(chan func()), sessions: map[int]*Session{}, holders: map[string]string{}, names: map[string]string{}, stopped: make(chan struct{})}
	if cfg.DataDir != "" {
		if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
			return nil, fmt.Errorf("cannot use %s as the data folder: %v", cfg.DataDir, errors.Unwrap(err))
		}
		if w, _, err := data.ReadSave(h.path("game.json")); err == nil {
			if w.Scenario.ID != cfg.Scenario.ID {
				return nil, fmt.Errorf("%s holds a game of %s, not %s: use another --data folder", cfg.DataDir, w.Scenario.ID, cfg.Scenario.ID)
			}
			h.w = w
			h.loadSeats()
		} else if !errors.Is(err, os.ErrNotExist) && fileExists(h.path("game.json")) {
			return nil, err
		}
	}
	if h.w == nil {
		// Every seat waits for a student until the seminar starts: only then
		// does the engine take the seats nobody holds.
		var all []string
		for _, st := range cfg.Scenario.States {
			all = append(all, st.Code)
		}
		w, err := game.New(cfg.Scenario, cfg.Seed, game.Options{Humans: append(all, game.Secretariat)})
		if err != nil {
			return nil, err
		}
		h.w = w
	}
	for _, seat := range h.w.Seats {
		if !seat.Human {
			h.started = true
		}
	}
	h.turn = h.w.Turn
	return h, nil
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func (h *Hub) path(name string) string { return filepath.Join(h.cfg.DataDir, name) }

// Run is the hub's goroutine: it owns the game until ctx ends.
func (h *Hub) Run(ctx context.Context) {
	defer close(h.stopped)
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	pub := time.NewTicker(publishEvery)
	defer pub.Stop()
	for {
		select {
		case <-pub.C:
			h.flush()
		case <-ctx.Done():
			for _, s := range h.sessions {
				h.drop(s)
			}
			return
		case fn := <-h.reqs:
			fn()
		case <-tick.C:
			h.Tick()
		}
	}
}

// call runs fn on the hub's goroutine and waits for it.
func (h *Hub) call(fn func()) error {
	done := make(chan struct{})
	select {
	case h.reqs <- func() { fn(); close(done) }:
	case <-h.stopped:
		return ErrClosed
	}
	select {
	case <-done:
		return nil
	case <-h.stopped:
		return ErrClosed
	}
}

// Join connects a session. A key that held a seat gets it back.
func (h *Hub) Join(key, name string) (*Session, error) {
	var s *Session
	err := h.call(func() {
		h.nextID++
		s = &Session{ID: h.nextID, Key: key, Name: cleanName(name), hub: h, updates: make(chan Snapshot, 1), closed: make(chan struct{}), lastSeen: h.cfg.Now()}
		if slices.Contains(h.cfg.InstructorKeys, key) && key != "" {
			s.role, s.seat = Instructor, game.Chair
		}
		for seat, k := range h.holders {
			if k == key && key != "" && s.role == Lobby {
				s.role, s.seat = Student, seat
				s.notice = "Welcome back: you hold " + seat + " again."
			}
		}
		if s.Name != "" {
			h.names[key] = s.Name
		}
		h.sessions[s.ID] = s
		h.dirty = true
	})
	return s, err
}

func cleanName(n string) string {
	n = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, n)
	if len(n) > 40 {
		n = n[:40]
	}
	return strings.TrimSpace(n)
}

// Leave disconnects a session; its seat stays its key's for a reconnect.
func (s *Session) Leave() {
	s.hub.call(func() {
		h := s.hub
		if _, ok := h.sessions[s.ID]; ok {
			delete(h.sessions, s.ID)
			h.dirty = true
		}
	})
}

// do runs fn for the session on the hub's goroutine and returns its error.
func (s *Session) do(fn func() error) error {
	var err error
	if cerr := s.hub.call(func() {
		if s.gone {
			err = ErrClosed
			return
		}
		s.lastSeen = s.hub.cfg.Now()
		s.notice = ""
		err = fn()
		if err != nil {
			s.notice = err.Error()
		}
		s.hub.dirty = true
	}); cerr != nil {
		return cerr
	}
	return err
}

// TakeSeat takes a free seat, with its join code when it has one.
func (s *Session) TakeSeat(seat, code string) error {
	return s.do(func() error {
		h := s.hub
		if s.role == Instructor {
			return errors.New("the instructor keeps the control seat")
		}
		id, ok := h.w.SeatByCode(seat)
		if !ok {
			return fmt.Errorf("there is no seat %q: choose one from the list", seat)
		}
		if k, held := h.holders[seat]; held && k != s.Key {
			return fmt.Errorf("%s is taken: choose another seat", seat)
		}
		if r, ok := h.cfg.Reserved[seat]; ok && r != s.Key {
			return fmt.Errorf("%s is reserved for another student's key", seat)
		}
		if c, ok := h.cfg.JoinCodes[seat]; ok && c != code {
			return fmt.Errorf("%s needs its join code: ask the instructor", seat)
		}
		if s.seat != "" && s.seat != seat {
			h.release(s.seat)
		}
		if !h.w.Seats[id].Human {
			if err := h.apply(game.Command{Seat: game.Chair, Kind: game.CmdSetHuman, Target: seat, Value: "human"}); err != nil {
				return err
			}
		}
		h.holders[seat] = s.Key
		s.role, s.seat = Student, seat
		s.notice = "You hold " + seat + "."
		h.saveSeats()
		return nil
	})
}

// Observe watches the public view without a seat.
func (s *Session) Observe() error {
	return s.do(func() error {
		if s.seat != "" && s.role == Student {
			s.hub.release(s.seat)
		}
		s.role, s.seat = Observer, ""
		return nil
	})
}

// ClaimInstructor takes the control seat with the code printed at start.
func (s *Session) ClaimInstructor(code string) error {
	return s.do(func() error {
		if s.hub.cfg.InstructorCode == "" || code != s.hub.cfg.InstructorCode {
			return errors.New("that is not the instructor's code")
		}
		if s.seat != "" && s.role == Student {
			s.hub.release(s.seat)
		}
		s.role, s.seat = Instructor, game.Chair
		return nil
	})
}

// Command sends a game command for the session's seat.
func (s *Session) Command(c game.Command) error {
	return s.do(func() error {
		h := s.hub
		switch s.role {
		case Student:
		case Instructor:
			return errors.New("the control seat steers with the instructor's keys, not with a state's commands")
		default:
			return errors.New("take a seat first")
		}
		if h.paused {
			return errors.New("the instructor has paused the game")
		}
		c.Seat = s.seat
		if c.Kind == game.CmdEndTurn {
			h.start() // a turn cannot end while seats wait for students who never came
		}
		return h.apply(c)
	})
}

// Start begins the seminar: the engine takes the seats nobody holds.
func (s *Session) Start() error {
	return s.instructor(func(h *Hub) error {
		if h.started {
			return errors.New("the seminar has already started")
		}
		h.start()
		return nil
	})
}

// apply runs a command on the game, saves after a new turn, and restarts
// the round timer.
func (h *Hub) apply(c game.Command) error {
	w, _, err := game.Apply(h.w, c)
	if err != nil {
		return err
	}
	h.w = w
	if h.w.Turn != h.turn || h.w.Over {
		h.turn = h.w.Turn
		if h.round > 0 {
			h.ends = h.cfg.Now().Add(h.round)
		}
		h.save()
	}
	return nil
}

// start hands every seat no student holds to the engine, which plays its
// turn from there: the seminar begins.
func (h *Hub) start() {
	if h.started {
		return
	}
	h.started = true
	for i := range h.w.Seats {
		code := h.w.SeatCode(game.SeatID(i))
		if _, held := h.holders[code]; !held && h.w.Seats[i].Human {
			h.apply(game.Command{Seat: game.Chair, Kind: game.CmdSetHuman, Target: code, Value: "engine"})
		}
	}
}

func (h *Hub) release(seat string) {
	delete(h.holders, seat)
	if id, ok := h.w.SeatByCode(seat); ok && h.w.Seats[id].Human && h.started {
		h.apply(game.Command{Seat: game.Chair, Kind: game.CmdSetHuman, Target: seat, Value: "engine"})
	}
	h.saveSeats()
}

// Instructor's controls. Each refuses a session that is not the instructor.

func (s *Session) instructor(fn func(h *Hub) error) error {
	return s.do(func() error {
		if s.role != Instructor {
			return errors.New("only the instructor can do that")
		}
		return fn(s.hub)
	})
}

// Pause stops students' commands and the round timer; Resume restarts them.
func (s *Session) Pause(on bool) error {
	return s.instructor(func(h *Hub) error {
		if on && h.ends.After(h.cfg.Now()) {
			h.round = h.ends.Sub(h.cfg.Now()) // keep what is left of the round
		}
		h.paused = on
		if !on && h.round > 0 {
			h.ends = h.cfg.Now().Add(h.round)
		}
		return nil
	})
}

// SetTimer gives each negotiation round d; 0 stops the timer.
func (s *Session) SetTimer(d time.Duration) error {
	return s.instructor(func(h *Hub) error {
		if d < 0 || d > 24*time.Hour {
			return errors.New("a round lasts from 0 (no timer) to 24 hours")
		}
		h.round = d
		h.ends = time.Time{}
		if d > 0 {
			h.ends = h.cfg.Now().Add(d)
		}
		return nil
	})
}

// Advance ends the round: the turn ends for every seat.
func (s *Session) Advance() error {
	return s.instructor(func(h *Hub) error {
		h.start()
		return h.apply(game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
	})
}

// Inject fires a scripted event by id, or tells news written on the spot.
func (s *Session) Inject(id, text string) error {
	return s.instructor(func(h *Hub) error {
		return h.apply(game.Command{Seat: game.Chair, Kind: game.CmdInject, Symbol: id, Text: text})
	})
}

// HandToEngine gives a seat to the engine (Value false) or back to its
// student (true, when the student still holds it).
func (s *Session) HandToEngine(seat string, engine bool) error {
	return s.instructor(func(h *Hub) error {
		v := "human"
		if engine {
			v = "engine"
		}
		return h.apply(game.Command{Seat: game.Chair, Kind: game.CmdSetHuman, Target: seat, Value: v})
	})
}

// Kick ends another session and frees its seat.
func (s *Session) Kick(id int) error {
	return s.instructor(func(h *Hub) error {
		t, ok := h.sessions[id]
		if !ok {
			return fmt.Errorf("no session %d", id)
		}
		if t.seat != "" && t.role == Student {
			h.release(t.seat)
		}
		h.drop(t)
		return nil
	})
}

// Reveal shows every seat every private message: the debrief.
func (s *Session) Reveal() error {
	return s.instructor(func(h *Hub) error {
		h.revealed = true
		return h.exportDebrief()
	})
}

func (h *Hub) drop(s *Session) {
	if !s.gone {
		s.gone = true
		close(s.closed)
	}
	delete(h.sessions, s.ID)
}

// Tick runs the clock: the round timer and idle sessions.
func (h *Hub) Tick() {
	now := h.cfg.Now()
	changed := false
	if !h.paused && !h.ends.IsZero() && !now.Before(h.ends) && !h.w.Over {
		h.start()
		h.apply(game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
		h.ends = time.Time{}
		if h.round > 0 {
			h.ends = now.Add(h.round)
		}
		changed = true
	}
	if h.cfg.IdleTimeout > 0 {
		for _, s := range h.sessions {
			if s.role != Instructor && now.Sub(s.lastSeen) > h.cfg.IdleTimeout {
				h.drop(s)
				changed = true
			}
		}
	}
	if changed {
		h.dirty = true
	}
}

// flush publishes a change not yet published.
func (h *Hub) flush() {
	if h.dirty {
		h.dirty = false
		h.publish()
	}
}

// snapFor makes a session's snapshot.
func (h *Hub) snapFor(s *Session, seats []SeatInfo, infos []SessionInfo) Snapshot {
	snap := Snapshot{Seat: s.seat, Role: s.role, Paused: h.paused, RoundEnds: h.ends, Seats: seats, Revealed: h.revealed, Notice: s.notice, Started: h.started}
	switch {
	case s.role == Instructor || h.revealed:
		snap.View = h.w.ViewFor(-1)
		if s.role == Instructor {
			snap.Sessions = infos
		}
	case s.role == Student:
		id, _ := h.w.SeatByCode(s.seat)
		snap.View = h.w.ViewFor(id)
	default:
		snap.View = h.w.ViewFor(game.SeatID(len(h.w.Seats))) // nobody's private state
	}
	return snap
}

// Snapshot returns the session's snapshot as things stand.
func (s *Session) Snapshot() Snapshot {
	var snap Snapshot
	s.hub.call(func() { snap = s.hub.snapFor(s, s.hub.seatInfo(), nil) })
	return snap
}

// publish sends every session its newest snapshot without ever waiting on
// a slow one: a full mailbox has its stale snapshot replaced.
func (h *Hub) publish() {
	seats := h.seatInfo()
	var infos []SessionInfo
	for _, s := range h.sessions {
		infos = append(infos, SessionInfo{ID: s.ID, Name: s.Name, Seat: s.seat, Role: s.role})
	}
	sort.Slice(infos, func(i, j int) bool { return infos[i].ID < infos[j].ID })
	for _, s := range h.sessions {
		snap := h.snapFor(s, seats, infos)
		select {
		case <-s.updates:
		default:
		}
		s.updates <- snap
	}
}

func (h *Hub) seatInfo() []SeatInfo {
	online := map[string]bool{}
	for _, s := range h.sessions {
		if s.role == Student {
			online[s.seat] = true
		}
	}
	var out []SeatInfo
	for i, seat := range h.w.Seats {
		code := h.w.SeatCode(game.SeatID(i))
		name := "the Secretariat"
		if i < h.w.N() {
			d := h.w.Def(game.StateID(i))
			if !d.Member && d.Code != "" && !slices.ContainsFunc(h.w.Scenario.Briefs, func(b game.SeatBrief) bool { return b.Seat == game.SeatID(i) }) {
				continue // a non-member without a brief is not offered as a seat
			}
			name = d.Name
		}
		info := SeatInfo{Code: code, Name: name, Online: online[code], Done: seat.Done}
		if k, ok := h.holders[code]; ok {
			info.Holder = h.names[k]
			if info.Holder == "" {
				info.Holder = "a student"
			}
		}
		out = append(out, info)
	}
	return out
}

// save writes the game after every turn, atomically.
func (h *Hub) save() {
	if h.cfg.DataDir == "" {
		return
	}
	data.WriteSave(h.path("game.json"), game.MakeSave(h.w))
	h.saveSeats()
}

type seatsFile struct {
	Holders map[string]string `json:"holders"` // seat → key
	Names   map[string]string `json:"names"`   // key → name
}

func (h *Hub) saveSeats() {
	if h.cfg.DataDir == "" {
		return
	}
	b, _ := json.MarshalIndent(seatsFile{h.holders, h.names}, "", " ")
	data.WriteFileAtomic(h.path("seats.json"), b)
}

func (h *Hub) loadSeats() {
	b, err := os.ReadFile(h.path("seats.json"))
	if err != nil {
		return
	}
	var f seatsFile
	if json.Unmarshal(b, &f) == nil {
		if f.Holders != nil {
			h.holders = f.Holders
		}
		if f.Names != nil {
			h.names = f.Names
		}
	}
}

// Debrief is the seminar's record: the report, the commands, the votes and
// every message, for the class to go through together.
type Debrief struct {
	Scenario string            `json:"scenario"`
	Seed     uint64            `json:"seed"`
	Outcome  string            `json:"outcome"`
	Holders  map[string]string `json:"seats"`
	Commands []game.Command    `json:"commands"`
	Votes    []game.VoteRecord `json:"votes"`
	Messages []game.Event      `json:"messages"`
}

func (h *Hub) debrief() (Debrief, string) {
	d := Debrief{Scenario: h.w.Scenario.ID, Seed: h.w.Seed, Outcome: h.w.Outcome, Holders: map[string]string{}, Commands: h.w.Log, Votes: h.w.Votes}
	for seat, k := range h.holders {
		d.Holders[seat] = h.names[k]
	}
	for _, e := range h.w.Events {
		if e.Kind == game.EvMessage {
			d.Messages = append(d.Messages, e)
		}
	}
	hist, _ := game.New(h.w.Scenario, h.w.Seed, game.Options{Autopilot: true})
	var b strings.Builder
	b.WriteString(game.BuildReport(h.w, game.RunToEnd(hist)).Markdown())
	b.WriteString("\n## Who played whom\n\n")
	seats := make([]string, 0, len(d.Holders))
	for s := range d.Holders {
		seats = append(seats, s)
	}
	sort.Strings(seats)
	for _, s := range seats {
		fmt.Fprintf(&b, "- %s: %s\n", s, d.Holders[s])
	}
	b.WriteString("\n## Every message, private ones included\n\n")
	for _, m := range d.Messages {
		if m.To >= 0 && strings.HasPrefix(m.Text, h.w.SeatCode(m.To)+" to ") {
			continue // the sender's copy of a private cable
		}
		fmt.Fprintf(&b, "- %s: %s\n", m.Date, mdEscape(m.Text))
	}
	b.WriteString("\n## Every command\n\n")
	for i, c := range d.Commands {
		fmt.Fprintf(&b, "%d. %s %s%s\n", i+1, c.Seat, c.Kind, commandArgs(c))
	}
	return d, b.String()
}

func mdEscape(s string) string { return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s) }

func commandArgs(c game.Command) string {
	var parts []string
	if c.Draft != 0 {
		parts = append(parts, fmt.Sprintf("draft %d", c.Draft))
	}
	for _, x := range []string{string(c.Clause), c.Symbol, c.Target, c.Value} {
		if x != "" {
			parts = append(parts, x)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// exportDebrief writes the debrief as Markdown and JSON in the data folder.
func (h *Hub) exportDebrief() error {
	if h.cfg.DataDir == "" {
		return nil
	}
	d, md := h.debrief()
	b, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return err
	}
	if err := data.WriteFileAtomic(h.path("debrief.json"), b); err != nil {
		return err
	}
	return data.WriteFileAtomic(h.path("debrief.md"), []byte(md))
}

// World returns the game as the hub holds it now (for tests and the server's log).
func (h *Hub) World() *game.World {
	var w *game.World
	h.call(func() { w = h.w })
	return w
}
