package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/ui/seminar"
)

// pairs is a repeatable SEAT=VALUE flag.
type pairs map[string]string

func (p pairs) String() string { return "" }
func (p pairs) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok || k == "" || val == "" {
		return fmt.Errorf("%q is not SEAT=VALUE", v)
	}
	p[strings.ToUpper(k)] = val
	return nil
}

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

func cmdServe(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	scenario := fs.String("scenario", "", "scenario id (chapter7 scenario list) or a .toml file")
	addr := fs.String("addr", "127.0.0.1:2222", "address to listen on")
	seed := fs.Uint64("seed", 1, "random seed")
	dir := fs.String("data", "", "folder for the game, the seats, the host key and the debrief (default: the user's data folder)")
	code := fs.String("instructor-code", "", "the code that gives the control seat (default: a random one, printed)")
	var instructorKeys list
	fs.Var(&instructorKeys, "instructor-key", "a public-key fingerprint (SHA256:…) that is the instructor; repeatable")
	joins, reserved := pairs{}, pairs{}
	fs.Var(joins, "join-code", "protect a seat with a code: SEAT=CODE; repeatable")
	fs.Var(reserved, "reserve", "reserve a seat for a key: SEAT=SHA256:…; repeatable")
	idle := fs.Duration("idle", 30*time.Minute, "close sessions idle this long (0: never)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *scenario == "" {
		return usagef("serve needs --scenario ID: one of %s", strings.Join(data.List(), ", "))
	}
	sc, err := data.LoadAny(*scenario)
	if err != nil {
		return badInput(err)
	}
	if *dir == "" {
		*dir = filepath.Join(filepath.Dir(defaultSaveDir()), "seminar-"+sc.ID)
	}
	if *code == "" {
		*code = randomCode()
	}
	hub, err := seminar.NewHub(seminar.Config{Scenario: sc, Seed: *seed, DataDir: *dir, InstructorCode: *code,
		InstructorKeys: instructorKeys, JoinCodes: joins, Reserved: reserved, IdleTimeout: *idle})
	if err != nil {
		return badInput(err)
	}
	host, port, _ := strings.Cut(*addr, ":")
	if host == "" || host == "0.0.0.0" {
		host = "HOST"
	}
	fmt.Fprintf(stdout, "Chapter VII seminar: %s, on %s\n", sc.Title, *addr)
	fmt.Fprintf(stdout, "Students join with:  ssh -p %s %s\n", port, host)
	fmt.Fprintf(stdout, "Instructor: join the same way and type  instructor %s\n", *code)
	fmt.Fprintf(stdout, "The game, the seats and the debrief are kept in %s\n", *dir)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return seminar.Serve(ctx, seminar.ServerConfig{Addr: *addr, DataDir: *dir, Hub: hub, IdleTimeout: *idle})
}

// randomCode is an instructor code that is easy to read aloud.
func randomCode() string {
	const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 6)
	rand.Read(b)
	for i := range b {
		b[i] = letters[int(b[i])%len(letters)]
	}
	return string(b)
}
