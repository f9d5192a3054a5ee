package seminar

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"github.com/chapter-vii/chapter7/data"
)

// sshClient is a student at a terminal: a real SSH client with its own key.
type sshClient struct {
	t    testing.TB
	conn *gossh.Client
	sess *gossh.Session
	in   interface{ Write([]byte) (int, error) }
	mu   sync.Mutex
	emu  *vt.Emulator
	// changed is signalled after every write to the screen.
	changed chan struct{}
	raw     bytes.Buffer // every byte received
}

func dial(t testing.TB, addr, user string, key ed25519.PrivateKey) *sshClient {
	t.Helper()
	signer, err := gossh.NewSignerFromKey(key)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: user, Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	sess, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	c := &sshClient{t: t, conn: conn, sess: sess, emu: vt.NewEmulator(120, 40), changed: make(chan struct{}, 1)}
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	w, _ := sess.StdinPipe()
	r, _ := sess.StdoutPipe()
	c.in = w
	go func() { // the terminal's replies (to colour queries) go back to the program
		buf := make([]byte, 1024)
		for {
			n, err := c.emu.Read(buf)
			if err != nil {
				return
			}
			w.Write(buf[:n])
		}
	}()
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := r.Read(buf)
			c.mu.Lock()
			c.emu.Write(buf[:n])
			c.raw.Write(buf[:n])
			c.mu.Unlock()
			select {
			case c.changed <- struct{}{}:
			default:
			}
			if err != nil {
				return
			}
		}
	}()
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *sshClient) screen() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.emu.String()
}

// waitFor waits until the text has appeared on the terminal.
func (c *sshClient) waitFor(text string) {
	c.t.Helper()
	if err := c.until(func(s string) bool { return strings.Contains(s, text) }, 5*time.Second); err != nil {
		c.t.Fatalf("%q never appeared; the terminal shows:\n%s", text, tail(c.screen(), 1500))
	}
}

// until waits, without polling, for the screen to satisfy ok.
func (c *sshClient) until(ok func(string) bool, limit time.Duration) error {
	timeout := time.After(limit)
	for {
		if ok(c.screen()) {
			return nil
		}
		select {
		case <-c.changed:
		case <-timeout:
			return errors.New("timed out")
		}
	}
}

func (c *sshClient) typeLine(s string) {
	c.in.Write([]byte(s + "\r"))
}

func (c *sshClient) close() { c.sess.Close(); c.conn.Close() }

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func newKey(t testing.TB) ed25519.PrivateKey {
	_, k, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// An in-process server on loopback: two students and an instructor join
// over SSH, take seats, exchange a private message, one drops and comes
// back with the same key, the instructor injects an event and advances the
// turn; the message reaches only its two seats until the reveal.
func TestOverSSH(t *testing.T) {
	addr, _ := serveTest(t, Config{InstructorCode: "PROF"}, nil)

	annKey, boKey := newKey(t), newKey(t)
	ann := dial(t, addr, "ann", annKey)
	ann.waitFor("Type a seat code")
	ann.typeLine("USA")
	ann.waitFor("You hold USA")
	ann.waitFor("turn 1 │ United States of America")
	bo := dial(t, addr, "bo", boKey)
	bo.waitFor("Type a seat code")
	bo.typeLine("USA")
	bo.waitFor("USA is taken")
	bo.typeLine("CHN")
	bo.waitFor("turn 1 │ China")
	carl := dial(t, addr, "carl", newKey(t))
	carl.waitFor("Type a seat code")
	carl.typeLine("JOR")
	carl.waitFor("turn 1 │ Jordan")
	prof := dial(t, addr, "prof", newKey(t))
	prof.waitFor("Type a seat code")
	prof.typeLine("instructor PROF")
	prof.waitFor("Instructor —")

	ann.in.Write([]byte(":"))
	ann.typeLine("cable CHN a word in private")
	bo.in.Write([]byte("8")) // the log
	bo.waitFor("USA to CHN: a word in private")
	prof.waitFor("USA to CHN: a word in private")
	carl.in.Write([]byte("8"))
	carl.waitFor("8 Log")
	time.Sleep(100 * time.Millisecond)
	if strings.Contains(carl.screen(), "a word in private") {
		t.Fatal("Jordan's terminal shows a cable between the USA and China")
	}

	// Bo drops and comes back with the same key: China again.
	bo.close()
	bo = dial(t, addr, "bo", boKey)
	bo.waitFor("turn 1 │ China")
	defer bo.close()

	prof.in.Write([]byte("i"))
	prof.typeLine("Reports of a Soviet peace plan")
	ann.in.Write([]byte("8"))
	ann.waitFor("Reports of a Soviet peace plan")
	prof.in.Write([]byte("a"))
	ann.waitFor("9 August 1990 · turn 2")
	if strings.Contains(carl.screen(), "a word in private") {
		t.Fatal("the cable leaked before the reveal")
	}
	prof.in.Write([]byte("r"))
	carl.waitFor("a word in private")
	ann.close()
	carl.close()
	prof.close()
}

// Hostile input from the network — junk bytes, a flood of keys, an
// oversized line — gets refusals, never a crash, and the server still serves.
func TestHostileInput(t *testing.T) {
	addr, _ := serveTest(t, Config{}, nil)

	// Junk instead of an SSH handshake.
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	raw.Write(bytes.Repeat([]byte{0xff, 0x00, '\n'}, 5000))
	raw.Close()

	c := dial(t, addr, "mallory", newKey(t))
	defer c.close()
	c.waitFor("Type a seat code")
	c.in.Write(bytes.Repeat([]byte("\x1b[A\x00\xfe"), 2000))
	c.typeLine(strings.Repeat("x", 5000))
	c.typeLine("JOR")
	c.waitFor("turn 1 │ Jordan")
	c.in.Write([]byte(":"))
	c.typeLine("lobby")
	c.waitFor("unknown state")
	c.in.Write([]byte(":"))
	c.typeLine("draft not-a-clause")
	c.waitFor(`unknown clause "not-a-clause"`)
	c.in.Write([]byte(":"))
	c.typeLine("cable CHN " + strings.Repeat("y", 3000))
	c.in.Write([]byte("8"))
	c.waitFor("JOR to CHN: yyyy")
	ok := dial(t, addr, "alice", newKey(t))
	defer ok.close()
	ok.waitFor("Type a seat code")
}

func (c *sshClient) rawText() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.raw.String()
}

// A student asks for plain text in the lobby: from then on the server
// talks line by line, with no escape sequences, and the game goes on.
func TestPlainOverSSH(t *testing.T) {
	addr, _ := serveTest(t, Config{InstructorCode: "PROF"}, nil)

	ann := dial(t, addr, "ann", newKey(t))
	defer ann.close()
	ann.waitFor("Type a seat code")
	ann.typeLine("USA")
	ann.waitFor("You hold USA")
	c := dial(t, addr, "blind", newKey(t))
	defer c.close()
	c.waitFor("Type a seat code")
	c.typeLine("plain JOR")
	wait := func(text string) {
		t.Helper()
		if err := c.until(func(string) bool { return strings.Contains(c.rawText(), text) }, 5*time.Second); err != nil {
			t.Fatalf("%q never came; the last bytes:\n%q", text, tail(c.rawText(), 800))
		}
	}
	wait("Plain-text mode.")
	mark := len(c.rawText())
	c.typeLine("status")
	wait("Turn 1, 2 August 1990")
	c.typeLine("lobby SYR")
	wait("Relations of Syria with you")
	c.typeLine("end")
	wait("Waiting for the other seats")
	prof := dial(t, addr, "prof", newKey(t))
	defer prof.close()
	prof.waitFor("Type a seat code")
	prof.typeLine("instructor PROF")
	prof.waitFor("Instructor")
	prof.in.Write([]byte("a"))
	wait("Turn 2, 9 August 1990")
	after := c.rawText()[mark:]
	if i := strings.IndexByte(after, 0x1b); i >= 0 {
		t.Fatalf("an escape sequence in plain mode: %q", after[max(0, i-40):min(len(after), i+20)])
	}
}

// panicky is a terminal program that crashes on its first key.
type panicky struct{ *Client }

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		panic("a bug in one session")
	}
	m, cmd := p.Client.Update(msg)
	return panicky{m.(*Client)}, cmd
}

// A panic in one session ends that session only: the others play on.
func TestPanicEndsOneSession(t *testing.T) {
	n := 0
	var mu sync.Mutex
	addr, hub := serveTest(t, Config{}, func(s *Session, _ ssh.Session) tea.Model {
		mu.Lock()
		defer mu.Unlock()
		n++
		if n == 1 {
			return panicky{NewClient(s, false)}
		}
		return NewClient(s, false)
	})

	bad := dial(t, addr, "bad", newKey(t))
	defer bad.close()
	bad.waitFor("Type a seat code")
	good := dial(t, addr, "good", newKey(t))
	defer good.close()
	good.waitFor("Type a seat code")
	bad.in.Write([]byte("x"))
	time.Sleep(200 * time.Millisecond)
	good.typeLine("USA")
	good.waitFor("turn 1 │ United States of America")
	if w := hub.World(); w.Turn != 1 {
		t.Fatal("the hub is not serving")
	}
}

// serveTest runs a hub and its SSH server on a loopback port for a test
// and returns the address; both stop when the test ends.
func serveTest(t testing.TB, cfg Config, screen func(*Session, ssh.Session) tea.Model) (string, *Hub) {
	t.Helper()
	dir := t.TempDir()
	if cfg.Scenario == nil {
		sc, err := data.Load("kuwait-1991")
		if err != nil {
			t.Fatal(err)
		}
		cfg.Scenario, cfg.Seed = sc, 1
	}
	cfg.DataDir = dir
	hub, err := NewHub(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := NewServer(ServerConfig{Addr: "127.0.0.1:0", DataDir: dir, Hub: hub, Screen: screen})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go hub.Run(ctx)
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close(); cancel() })
	return l.Addr().String(), hub
}
