package seminar

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chapter-vii/chapter7/game"
)

// TestLoad40 serves one game to 40 concurrent SSH sessions on loopback:
// 30 students at seats and 10 observers, each typing. Every key must change
// the client's screen, and no command may be lost: every student's
// statements are in the game's log. The speed is BenchmarkLoad40's.
func TestLoad40(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	lat, lost := runLoad(t)
	if lost > 0 {
		t.Errorf("%d commands lost", lost)
	}
	slices.Sort(lat)
	t.Logf("40 sessions, %d keys: key to frame median %v, p95 %v", len(lat), lat[len(lat)/2], lat[len(lat)*95/100])
}

// BenchmarkLoad40 reports key to frame with 40 sessions at once (target: a
// median under 50 ms): go test ./ui/seminar -run XXX -bench Load40 -benchtime 3x
func BenchmarkLoad40(b *testing.B) {
	var all []time.Duration
	for b.Loop() {
		lat, lost := runLoad(b)
		if lost > 0 {
			b.Fatalf("%d commands lost", lost)
		}
		all = append(all, lat...)
	}
	slices.Sort(all)
	b.ReportMetric(float64(all[len(all)/2].Microseconds())/1000, "key-median-ms")
	b.ReportMetric(float64(all[len(all)*95/100].Microseconds())/1000, "key-p95-ms")
}

func runLoad(t testing.TB) ([]time.Duration, int) {
	addr, hub := serveTest(t, Config{}, nil)
	sc := hub.cfg.Scenario

	seats := []string{}
	for _, s := range sc.States {
		seats = append(seats, s.Code)
	}
	seats = append(seats, game.Secretariat)
	const clients, statements, keys = 40, 3, 15
	var mu sync.Mutex
	var lat []time.Duration
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for i := range clients {
		wg.Go(func() {
			c := dial(t, addr, fmt.Sprintf("user%d", i), newKey(t))
			defer c.close()
			if err := c.waitQuiet("Type a seat code"); err != nil {
				errs <- err
				return
			}
			seat := ""
			if i < len(seats) {
				seat = seats[i]
				c.typeLine(seat)
			} else {
				c.typeLine("observe")
			}
			if err := c.waitQuiet("turn 1"); err != nil {
				errs <- err
				return
			}
			for k := range keys {
				before := c.screen()
				start := time.Now()
				key := byte('a' + k%26) // an observer types on the command line
				if seat != "" {
					key = byte('2' + k%2) // a student switches screens
				}
				c.in.Write([]byte{key})
				if err := c.until(func(s string) bool { return s != before }, 5*time.Second); err != nil {
					errs <- fmt.Errorf("client %d: a key changed nothing in 5 s", i)
					return
				}
				mu.Lock()
				lat = append(lat, time.Since(start))
				mu.Unlock()
			}
			if seat == "" {
				c.in.Write([]byte(strings.Repeat("\x7f", keys))) // backspace the typed keys
			} else {
				c.in.Write([]byte("8")) // the log
				for n := range statements {
					c.in.Write([]byte(":"))
					c.typeLine(fmt.Sprintf("say statement-%s-%d", seat, n))
					if err := c.waitQuiet(fmt.Sprintf("statement-%s-%d", seat, n)); err != nil {
						errs <- err
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	w := hub.World()
	lost := 0
	for _, seat := range seats {
		for n := range statements {
			want := fmt.Sprintf("statement-%s-%d", seat, n)
			if !slices.ContainsFunc(w.Log, func(c game.Command) bool { return c.Kind == game.CmdMessage && strings.Contains(c.Text, want) }) {
				lost++
			}
		}
	}
	return lat, lost
}

// waitQuiet is waitFor that returns an error instead of failing, for use
// from the load test's goroutines.
func (c *sshClient) waitQuiet(text string) error {
	if err := c.until(func(s string) bool { return strings.Contains(s, text) }, 20*time.Second); err != nil {
		return fmt.Errorf("%q never appeared; the screen:\n%s", text, tail(c.screen(), 600))
	}
	return nil
}
