package ui

import (
	"slices"

	"github.com/chapter-vii/chapter7/game"
)

// session is a game in progress as the front end holds it: the engine's
// world, the seats people play, whose turn at the keyboard it is, and the
// caches that keep rendering cheap. Only the root model changes it.
type session struct {
	// remote, when set, holds the game elsewhere (the seminar server):
	// commands go to it, and w is the newest view it sent.
	remote *Remote
	w      *game.World
	humans []string // seats people play, in hot-seat order
	at     int      // index in humans of the seat at the keyboard
	rev    int      // bumped on every accepted command: the caches' key

	view    *game.World // w.ViewFor(seat), for rev
	viewRev int

	whipKey  whipKey
	whip     game.WhipCount
	hist     *game.World // the historical track (autopilot), computed once
	report   *game.Report
	reportRv int
}

type whipKey struct{ rev, draft int }

func newSession(w *game.World, humans []string) *session {
	return &session{w: w, humans: humans, viewRev: -1, reportRv: -1, whipKey: whipKey{-1, -1}}
}

// code is the seat at the keyboard.
func (s *session) code() string { return s.humans[s.at] }

func (s *session) seat() game.SeatID {
	id, _ := s.w.SeatByCode(s.code())
	return id
}

// View is what the seat at the keyboard may see, cached per revision.
func (s *session) View() *game.World {
	if s.remote != nil {
		return s.w // the server sends views already (all of it after a reveal)
	}
	if s.viewRev != s.rev || s.view == nil {
		s.view = s.w.ViewFor(s.seat())
		s.viewRev = s.rev
	}
	return s.view
}

// Whip is the whip count of a draft in the current view, cached per
// revision and draft: every edit bumps the revision, so the count follows
// the draft at once.
func (s *session) Whip(d *game.Draft) game.WhipCount {
	k := whipKey{s.rev, d.ID}
	if s.whipKey != k {
		s.whip = s.View().PlayerWhip(d)
		s.whipKey = k
	}
	return s.whip
}

// History is the same scenario played on the historical track.
func (s *session) History() *game.World {
	if s.hist == nil {
		h, err := game.New(s.w.Scenario, s.w.Seed, game.Options{Autopilot: true})
		if err != nil {
			return nil
		}
		s.hist = game.RunToEnd(h)
	}
	return s.hist
}

// Report is the after-action report of the game so far.
func (s *session) Report() *game.Report {
	if s.reportRv != s.rev || s.report == nil {
		r := game.BuildReport(s.View(), s.History())
		s.report = &r
		s.reportRv = s.rev
	}
	return s.report
}

// apply sends a command for the seat at the keyboard. It returns the events
// the command caused and whether the turn advanced.
func (s *session) apply(cmd game.Command) ([]game.Event, bool, error) {
	cmd.Seat = s.code()
	if s.remote != nil {
		// The server applies it; the new view arrives as a RemoteWorld.
		return nil, false, s.remote.Apply(cmd)
	}
	old := s.w
	nw, ev, err := game.Apply(s.w, cmd)
	if err != nil {
		return nil, false, err
	}
	s.w = nw
	s.rev++
	return ev, nw.Turn != old.Turn || nw.Over && !old.Over, nil
}

// nextSeat moves the keyboard to the next human seat that has not ended its
// turn; it reports whether the keyboard changed hands.
func (s *session) nextSeat() bool {
	for i := 1; i <= len(s.humans); i++ {
		j := (s.at + i) % len(s.humans)
		id, _ := s.w.SeatByCode(s.humans[j])
		if !s.w.Seats[id].Done {
			changed := j != s.at
			s.at = j
			s.rev++
			return changed
		}
	}
	return false
}

// nextSeatFromDone puts at the keyboard the first human seat that has not
// ended its turn (a loaded game may stop between seats).
func (s *session) nextSeatFromDone() {
	for i, h := range s.humans {
		if id, ok := s.w.SeatByCode(h); ok && !s.w.Seats[id].Done {
			s.at = i
			return
		}
	}
}

// firstSeat gives the keyboard to the first human seat, as a turn begins.
func (s *session) firstSeat() bool {
	changed := s.at != 0
	s.at = 0
	s.rev++
	return changed
}

// seatName is a seat's name for people.
func seatName(w *game.World, code string) string {
	if code == game.Secretariat {
		return "the Secretariat"
	}
	if id, ok := w.Scenario.StateByCode(code); ok {
		return w.Def(id).Name
	}
	return code
}

// mayEdit reports whether a seat may edit a draft: its sponsors may, and
// the Secretariat may edit its own proposals.
func mayEdit(w *game.World, seat game.SeatID, d *game.Draft) bool {
	if seat == w.SecretariatSeat() {
		return len(d.Sponsors) == 0
	}
	return slices.Contains(d.Sponsors, game.StateID(seat))
}

func isState(w *game.World, seat game.SeatID) bool { return int(seat) < w.N() }
