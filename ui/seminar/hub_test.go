package seminar

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func startHub(t *testing.T, dir string, clock *fakeClock) (*Hub, context.CancelFunc) {
	t.Helper()
	sc, err := data.Load("kuwait-1991")
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewHub(Config{Scenario: sc, Seed: 1, DataDir: dir, InstructorCode: "LEAGUE",
		JoinCodes: map[string]string{"CHN": "beijing"}, Now: clock.Now, IdleTimeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go h.Run(ctx)
	return h, cancel
}

// latest drains a session's mailbox and returns the newest snapshot.
func latest(t *testing.T, s *Session) Snapshot {
	t.Helper()
	s.hub.call(s.hub.flush)
	select {
	case snap := <-s.Updates():
		for {
			select {
			case snap = <-s.Updates():
			default:
				return snap
			}
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no snapshot")
	}
	return Snapshot{}
}

func sees(snap Snapshot, text string) bool {
	for _, e := range snap.View.Events {
		if strings.Contains(e.Text, text) {
			return true
		}
	}
	return false
}

// Two students and an instructor: seats, a private message, a drop and a
// reconnect, an injected event, the turn advanced, and the reveal.
func TestSeminar(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{t: time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)}
	h, stop := startHub(t, dir, clock)
	defer stop()

	ann, _ := h.Join("key-ann", "Ann")
	bo, _ := h.Join("key-bo", "Bo")
	prof, _ := h.Join("key-prof", "Prof")
	if err := prof.ClaimInstructor("wrong"); err == nil {
		t.Fatal("a wrong instructor code was accepted")
	}
	if err := prof.ClaimInstructor("LEAGUE"); err != nil {
		t.Fatal(err)
	}
	if err := ann.TakeSeat("USA", ""); err != nil {
		t.Fatal(err)
	}
	if err := bo.TakeSeat("USA", ""); err == nil || !strings.Contains(err.Error(), "taken") {
		t.Fatalf("a taken seat was taken twice: %v", err)
	}
	if err := bo.TakeSeat("CHN", "guess"); err == nil || !strings.Contains(err.Error(), "join code") {
		t.Fatalf("a protected seat was taken without its code: %v", err)
	}
	if err := bo.TakeSeat("CHN", "beijing"); err != nil {
		t.Fatal(err)
	}
	if err := ann.Command(game.Command{Kind: game.CmdAdvance}); err == nil {
		t.Fatal("a student advanced the turn")
	}

	// A private cable from the USA to China, and one to Jordan.
	if err := ann.Command(game.Command{Kind: game.CmdMessage, Target: "CHN", Text: "Abstain on 678 and we will talk about credits"}); err != nil {
		t.Fatal(err)
	}
	carol, _ := h.Join("key-carol", "Carol")
	carol.TakeSeat("JOR", "")
	if s := latest(t, bo); !sees(s, "talk about credits") {
		t.Error("China does not see the cable sent to it")
	}
	if s := latest(t, ann); !sees(s, "talk about credits") {
		t.Error("the sender does not see its own cable")
	}
	if s := latest(t, carol); sees(s, "talk about credits") {
		t.Error("Jordan sees a cable between the USA and China")
	}

	// Bo drops and comes back with the same key: the same seat.
	bo.Leave()
	bo2, _ := h.Join("key-bo", "Bo")
	if s := latest(t, bo2); s.Seat != "CHN" || s.Role != Student {
		t.Errorf("a reconnecting student got seat %q role %v, want CHN", s.Seat, s.Role)
	}

	// The instructor injects an event and advances the turn.
	if err := ann.Inject("", "A student is not the instructor"); err == nil {
		t.Fatal("a student injected an event")
	}
	if err := prof.Inject("", "Reports of a Soviet peace plan"); err != nil {
		t.Fatal(err)
	}
	if err := prof.Advance(); err != nil {
		t.Fatal(err)
	}
	s := latest(t, ann)
	if s.View.Turn != 2 || !sees(s, "Soviet peace plan") {
		t.Errorf("after the advance: turn %d, event seen %v", s.View.Turn, sees(s, "Soviet peace plan"))
	}
	if _, err := os.Stat(filepath.Join(dir, "game.json")); err != nil {
		t.Errorf("the game was not saved after the turn: %v", err)
	}

	// The reveal shows everyone every private message, and writes the debrief.
	if err := prof.Reveal(); err != nil {
		t.Fatal(err)
	}
	if s := latest(t, carol); !sees(s, "talk about credits") {
		t.Error("after the reveal Jordan still cannot see the cable")
	}
	md, err := os.ReadFile(filepath.Join(dir, "debrief.md"))
	if err != nil || !strings.Contains(string(md), "USA to CHN: Abstain on 678") || !strings.Contains(string(md), "- USA: Ann") {
		t.Errorf("debrief: %v\n%s", err, md)
	}
	if _, err := os.Stat(filepath.Join(dir, "debrief.json")); err != nil {
		t.Error(err)
	}
}

// The round timer ends a round when it runs out, unless the game is paused;
// a turn also ends when every human seat has ended it.
func TestRoundTimerAndPause(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)}
	h, stop := startHub(t, "", clock)
	defer stop()
	prof, _ := h.Join("p", "Prof")
	prof.ClaimInstructor("LEAGUE")
	ann, _ := h.Join("a", "Ann")
	ann.TakeSeat("USA", "")
	if err := prof.SetTimer(10 * time.Minute); err != nil {
		t.Fatal(err)
	}
	prof.Pause(true)
	if err := ann.Command(game.Command{Kind: game.CmdLobby, Target: "CUB"}); err == nil || !strings.Contains(err.Error(), "paused") {
		t.Fatalf("a command went through a pause: %v", err)
	}
	clock.Add(11 * time.Minute)
	h.call(h.Tick)
	if w := h.World(); w.Turn != 1 {
		t.Fatalf("the timer ran during a pause: turn %d", w.Turn)
	}
	prof.Pause(false)
	clock.Add(11 * time.Minute)
	h.call(h.Tick)
	if w := h.World(); w.Turn != 2 {
		t.Fatalf("the round timer did not end the round: turn %d", w.Turn)
	}
	if err := ann.Command(game.Command{Kind: game.CmdEndTurn}); err != nil {
		t.Fatal(err)
	}
	if w := h.World(); w.Turn != 3 {
		t.Fatalf("every human seat ended its turn but the turn did not end: turn %d", w.Turn)
	}
}

// A hub restarted on the same folder resumes the same game with the same seats.
func TestResume(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{t: time.Now()}
	h, stop := startHub(t, dir, clock)
	ann, _ := h.Join("key-ann", "Ann")
	ann.TakeSeat("USA", "")
	ann.Command(game.Command{Kind: game.CmdLobby, Target: "CUB"})
	ann.Command(game.Command{Kind: game.CmdEndTurn})
	before := h.World().Checksum()
	stop()

	h2, stop2 := startHub(t, dir, clock)
	defer stop2()
	if got := h2.World().Checksum(); got != before {
		t.Fatal("the resumed game is not the same game")
	}
	ann2, _ := h2.Join("key-ann", "Ann")
	if s := latest(t, ann2); s.Seat != "USA" {
		t.Errorf("after a restart Ann holds %q, want USA", s.Seat)
	}
	bo, _ := h2.Join("key-bo", "Bo")
	if err := bo.TakeSeat("USA", ""); err == nil {
		t.Error("the USA seat was free after the restart")
	}
}

// The instructor can kick a session, which frees its seat; idle sessions
// time out.
func TestKickAndIdle(t *testing.T) {
	clock := &fakeClock{t: time.Now()}
	h, stop := startHub(t, "", clock)
	defer stop()
	prof, _ := h.Join("p", "Prof")
	prof.ClaimInstructor("LEAGUE")
	ann, _ := h.Join("a", "Ann")
	ann.TakeSeat("USA", "")
	if err := prof.Kick(ann.ID); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ann.Closed():
	case <-time.After(time.Second):
		t.Fatal("the kicked session was not closed")
	}
	bo, _ := h.Join("b", "Bo")
	if err := bo.TakeSeat("USA", ""); err != nil {
		t.Fatalf("the kicked student's seat was not freed: %v", err)
	}
	clock.Add(2 * time.Hour)
	h.call(h.Tick)
	select {
	case <-bo.Closed():
	case <-time.After(time.Second):
		t.Fatal("an idle session did not time out")
	}
	select {
	case <-prof.Closed():
		t.Fatal("the instructor timed out")
	default:
	}
}

// Until the seminar starts, every seat waits for a student, so a student
// who takes a seat late still has the whole first turn; at the start the
// engine takes the seats nobody holds and plays their turn.
func TestStart(t *testing.T) {
	clock := &fakeClock{t: time.Now()}
	h, stop := startHub(t, "", clock)
	defer stop()
	prof, _ := h.Join("p", "Prof")
	prof.ClaimInstructor("LEAGUE")
	ann, _ := h.Join("a", "Ann")
	if err := ann.TakeSeat("USA", ""); err != nil {
		t.Fatal(err)
	}
	s := latest(t, ann)
	usa, _ := s.View.SeatByCode("USA")
	if s.Started || s.View.Seats[usa].AP != game.APPerTurn || len(s.View.Drafts) != 0 {
		t.Fatalf("before the start: started=%v, USA has %d AP, %d drafts", s.Started, s.View.Seats[usa].AP, len(s.View.Drafts))
	}
	if err := prof.Start(); err != nil {
		t.Fatal(err)
	}
	w := h.World()
	gbr, _ := w.SeatByCode("GBR")
	if w.Seats[gbr].Human || !w.Seats[usa].Human {
		t.Fatal("after the start the engine should hold GBR and Ann the USA")
	}
	if w.Seats[usa].AP != game.APPerTurn {
		t.Fatal("the start spent the student's action points")
	}
	if err := prof.Start(); err == nil {
		t.Fatal("the seminar started twice")
	}
	// The turn now ends when Ann ends hers.
	if err := ann.Command(game.Command{Kind: game.CmdEndTurn}); err != nil {
		t.Fatal(err)
	}
	if h.World().Turn != 2 {
		t.Fatal("the turn did not end when the only student ended it")
	}
}
