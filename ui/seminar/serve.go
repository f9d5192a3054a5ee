package seminar

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/activeterm"
	"charm.land/wish/v2/bubbletea"
	"charm.land/wish/v2/recover"
	gossh "golang.org/x/crypto/ssh"
)

// ServerConfig sets up the SSH server of a seminar.
type ServerConfig struct {
	Addr string
	// DataDir keeps the host key (created on first start) next to the game.
	DataDir string
	Hub     *Hub
	// IdleTimeout closes connections that send nothing for this long.
	IdleTimeout time.Duration
	// Screen builds the terminal program of a session; NewClient when nil.
	Screen func(s *Session, sess ssh.Session) tea.Model
}

// wantsNoColor reads NO_COLOR from the client's environment, as sent over
// SSH (never the server's own).
func wantsNoColor(env []string) bool {
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "NO_COLOR="); ok && v != "" {
			return true
		}
	}
	return false
}

type sessionKey struct{}
type clientKey struct{}
type switchKey struct{}

// NewServer returns an SSH server that gives every connection its own
// terminal program, bound to the one shared game. Students need nothing but
// ssh: any public key is accepted (it identifies them on reconnect), and so
// is a client with no key at all (then its user name does).
func NewServer(cfg ServerConfig) (*ssh.Server, error) {
	screen := cfg.Screen
	if screen == nil {
		screen = func(s *Session, sess ssh.Session) tea.Model { return NewClient(s, wantsNoColor(sess.Environ())) }
	}
	program := func(sess ssh.Session) *tea.Program {
		key := "user:" + sess.User()
		if pk := sess.PublicKey(); pk != nil {
			key = gossh.FingerprintSHA256(pk)
		}
		s, err := cfg.Hub.Join(key, sess.User())
		if err != nil {
			wish.Fatalln(sess, "The seminar has ended.")
			return nil
		}
		go func() {
			<-sess.Context().Done()
			s.Leave()
		}()
		sw := newInputSwitch(sess)
		sess.Context().SetValue(sessionKey{}, s)
		sess.Context().SetValue(switchKey{}, sw)
		m := screen(s, sess)
		if c, ok := m.(*Client); ok {
			sess.Context().SetValue(clientKey{}, c)
		}
		return tea.NewProgram(m, append(bubbletea.MakeOptions(sess), tea.WithInput(sw.teaR))...)
	}
	// After the terminal program ends: plain-text mode, if it was asked for.
	afterTea := func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			c, _ := sess.Context().Value(clientKey{}).(*Client)
			s, _ := sess.Context().Value(sessionKey{}).(*Session)
			sw, _ := sess.Context().Value(switchKey{}).(*inputSwitch)
			if c != nil && s != nil && sw != nil && c.plain {
				sw.toPlain()
				plainOverSSH(sess, s, sw.plainR)
			}
			next(sess)
		}
	}
	opts := []ssh.Option{
		wish.WithAddress(cfg.Addr),
		wish.WithHostKeyPath(filepath.Join(cfg.DataDir, "host_ed25519")),
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		wish.WithMiddleware(
			recover.Middleware(afterTea, bubbletea.MiddlewareWithProgramHandler(program), activeterm.Middleware()),
		),
	}
	if cfg.IdleTimeout > 0 {
		opts = append(opts, wish.WithIdleTimeout(cfg.IdleTimeout))
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, fmt.Errorf("cannot start the SSH server: %v", err)
	}
	return srv, nil
}

// Serve runs the hub and the server until ctx ends.
func Serve(ctx context.Context, cfg ServerConfig) error {
	srv, err := NewServer(cfg)
	if err != nil {
		return err
	}
	hctx, stop := context.WithCancel(ctx)
	defer stop()
	go cfg.Hub.Run(hctx)
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		return nil
	case err := <-errc:
		if err == ssh.ErrServerClosed {
			return nil
		}
		return fmt.Errorf("the SSH server stopped: %v", err)
	}
}
