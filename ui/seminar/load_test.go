package seminar

import (
	"context"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// TestLoad40 serves one game to 40 concurrent SSH sessions on loopback:
// 30 students at seats and 10 observers, each typing. It measures key to
// frame (a key sent until the client's screen changes) and checks that no
// command was lost: every student's statements are in the game's log.
func TestLoad40(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	dir := t.TempDir()
	sc, _ := data.Load("kuwait-1991")
	hub, err := NewHub(Config{Scenario: sc, Seed: 1, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := NewServer(ServerConfig{Addr: "127.0.0.1:0", DataDir: dir, Hub: hub})
	if err != nil {
		t.Fatal(err)
	}
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go hub.Run(ctx)
	go srv.Serve(l)
	defer srv.Close()
	addr := l.Addr().String()

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
				c.in.Write([]byte{byte('a' + k%26)})
				if err := c.until(func(s string) bool { return s != before }, 5*time.Second); err != nil {
					errs <- fmt.Errorf("client %d: a key changed nothing in 5 s", i)
					return
				}
				mu.Lock()
				lat = append(lat, time.Since(start))
				mu.Unlock()
			}
			c.in.Write([]byte(strings.Repeat("\x7f", keys))) // backspace the typed keys
			if seat != "" {
				for n := range statements {
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
	slices.Sort(lat)
	median, p95 := lat[len(lat)/2], lat[len(lat)*95/100]
	t.Logf("%d sessions, %d keys: key to frame median %v, p95 %v, max %v; %d commands lost", clients, len(lat), median, p95, lat[len(lat)-1], lost)
	if lost > 0 {
		t.Errorf("%d commands lost", lost)
	}
	if median > 50*time.Millisecond {
		t.Errorf("key to frame median %v, want under 50 ms", median)
	}
}

// waitQuiet is waitFor that returns an error instead of failing, for use
// from the load test's goroutines.
func (c *sshClient) waitQuiet(text string) error {
	if err := c.until(func(s string) bool { return strings.Contains(s, text) }, 20*time.Second); err != nil {
		return fmt.Errorf("%q never appeared; the screen:\n%s", text, tail(c.screen(), 600))
	}
	return nil
}
