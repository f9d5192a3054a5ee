package data

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// TestAcceptance runs every case in testdata/acceptance: a scenario, a
// seed, the seats people hold, then commands and what must follow from
// them (votes, ballots, refusals, flags, events). One generic runner, the
// cases as data, as in godip's DATC tests. The format is described in
// testdata/acceptance/README.
func TestAcceptance(t *testing.T) {
	files, _ := filepath.Glob("testdata/acceptance/*.case")
	if len(files) == 0 {
		t.Fatal("no acceptance cases found")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".case"), func(t *testing.T) { runCase(t, f) })
	}
}

type caseRun struct {
	t       *testing.T
	file    string
	line    int
	sc      *game.Scenario
	seed    uint64
	humans  []string
	auto    bool
	w       *game.World
	lastErr error
	ran     bool
}

func runCase(t *testing.T, path string) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := &caseRun{t: t, file: path, seed: 1}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c.line++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c.step(strings.Fields(line))
	}
}

func (c *caseRun) failf(format string, args ...any) {
	c.t.Helper()
	c.t.Errorf("%s:%d: %s", c.file, c.line, fmt.Sprintf(format, args...))
}

func (c *caseRun) world() *game.World {
	if c.w == nil {
		w, err := game.New(c.sc, c.seed, game.Options{Humans: c.humans, Autopilot: c.auto})
		if err != nil {
			c.t.Fatalf("%s:%d: %v", c.file, c.line, err)
		}
		c.w = w
	}
	return c.w
}

func (c *caseRun) step(f []string) {
	c.t.Helper()
	switch f[0] {
	case "scenario":
		sc, err := LoadAny(f[1])
		if err != nil {
			c.t.Fatalf("%s:%d: %v", c.file, c.line, err)
		}
		c.sc = sc
	case "seed":
		c.seed, _ = strconv.ParseUint(f[1], 10, 64)
	case "humans":
		c.humans = f[1:]
	case "autopilot":
		c.auto = true
	case "advance":
		n := 1
		if len(f) > 1 {
			n, _ = strconv.Atoi(f[1])
		}
		for range n {
			c.apply(game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
		}
	case "until":
		d, err := game.ParseDate(f[1])
		if err != nil {
			c.failf("%v", err)
			return
		}
		for !c.world().Over && c.world().Date < d {
			c.apply(game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
		}
	case "run-to-end":
		c.w = game.RunToEnd(c.world())
	case "expect":
		c.expect(f[1:])
	default:
		c.command(f)
	}
}

func (c *caseRun) apply(cmd game.Command) {
	w, _, err := game.Apply(c.world(), cmd)
	c.w, c.lastErr, c.ran = w, err, true
}

// command reads "SEAT KIND key=value ..." into a game command.
func (c *caseRun) command(f []string) {
	c.t.Helper()
	if len(f) < 2 {
		c.failf("a command needs a seat and a kind: %q", strings.Join(f, " "))
		return
	}
	cmd := game.Command{Seat: f[0], Kind: game.CommandKind(f[1])}
	for _, kv := range f[2:] {
		k, v, _ := strings.Cut(kv, "=")
		v = strings.ReplaceAll(v, "_", " ")
		switch k {
		case "draft":
			cmd.Draft, _ = strconv.Atoi(v)
		case "clause":
			cmd.Clause = game.ClauseID(v)
		case "clauses":
			for _, s := range strings.Split(v, ",") {
				cl, err := ParseClause(s)
				if err != nil {
					c.failf("%v", err)
				}
				cmd.Clauses = append(cmd.Clauses, cl)
			}
		case "chapter":
			cmd.Chapter, _ = strconv.Atoi(v)
		case "symbol":
			cmd.Symbol = v
		case "param":
			cmd.Param = v
		case "value":
			cmd.Value = v
		case "target":
			cmd.Target = v
		case "amount":
			cmd.Amount, _ = strconv.ParseFloat(v, 64)
		case "date":
			cmd.Date, _ = game.ParseDate(v)
		case "text":
			cmd.Text = v
		default:
			c.failf("unknown command field %q", k)
		}
	}
	c.apply(cmd)
}

func (c *caseRun) vote(n string) (*game.VoteRecord, bool) {
	i, _ := strconv.Atoi(n)
	w := c.world()
	if i < 1 || i > len(w.Votes) {
		c.failf("there is no vote %d (there are %d)", i, len(w.Votes))
		return nil, false
	}
	return &w.Votes[i-1], true
}

func (c *caseRun) expect(f []string) {
	c.t.Helper()
	w := c.world()
	switch f[0] {
	case "ok":
		if c.lastErr != nil {
			c.failf("the last command was refused: %v", c.lastErr)
		}
	case "refused":
		if c.lastErr == nil || !game.IsRefusal(c.lastErr) {
			c.failf("the last command was accepted; want a refusal containing %q", strings.Join(f[1:], " "))
		} else if want := strings.Join(f[1:], " "); !strings.Contains(c.lastErr.Error(), want) {
			c.failf("refused with %q; want it to say %q", c.lastErr, want)
		}
	case "votes":
		n, _ := strconv.Atoi(f[1])
		if len(w.Votes) != n {
			c.failf("%d votes taken, want %d", len(w.Votes), n)
		}
	case "vote":
		v, ok := c.vote(f[1])
		if !ok {
			return
		}
		got := "failed"
		switch {
		case v.Adopted:
			got = "adopted"
		case len(v.VetoedBy) > 0:
			got = "vetoed"
		}
		if got != f[2] {
			c.failf("vote %s was %s (%d-%d-%d), want %s", f[1], got, v.Yes, v.No, v.Abstain, f[2])
		}
		if len(f) > 3 {
			var by []string
			for _, m := range v.VetoedBy {
				by = append(by, w.Code(m))
			}
			if want := strings.TrimPrefix(f[3], "by="); strings.Join(by, ",") != want {
				c.failf("vote %s vetoed by %v, want %s", f[1], by, want)
			}
		}
	case "tally":
		v, ok := c.vote(f[1])
		if ok {
			if got := fmt.Sprintf("%d-%d-%d", v.Yes, v.No, v.Abstain); got != f[2] {
				c.failf("vote %s tally %s, want %s", f[1], got, f[2])
			}
		}
	case "cast":
		v, ok := c.vote(f[1])
		if ok {
			if n, _ := strconv.Atoi(f[2]); v.Yes+v.No+v.Abstain != n {
				c.failf("vote %s: %d ballots cast (%d-%d-%d), want %d", f[1], v.Yes+v.No+v.Abstain, v.Yes, v.No, v.Abstain, n)
			}
		}
	case "members":
		v, ok := c.vote(f[1])
		if ok {
			if n, _ := strconv.Atoi(f[2]); len(v.Members) != n {
				c.failf("vote %s had %d members, want %d", f[1], len(v.Members), n)
			}
		}
	case "ballot":
		v, ok := c.vote(f[1])
		if !ok {
			return
		}
		id, _ := c.sc.StateByCode(f[2])
		b, ok := v.BallotOf(id)
		if !ok {
			c.failf("%s did not sit on the Council for vote %s", f[2], f[1])
		} else if string(b) != f[3] {
			c.failf("vote %s: %s voted %c, want %s", f[1], f[2], b, f[3])
		}
	case "flag":
		i, ok := c.sc.FlagByName(f[1])
		if !ok {
			c.failf("unknown flag %s", f[1])
		} else if got := w.Flag(i); got != (f[2] == "on") {
			c.failf("flag %s is %v, want %s", f[1], got, f[2])
		}
	case "event":
		want := strings.Join(f[1:], " ")
		if !slices.ContainsFunc(w.Events, func(e game.Event) bool { return strings.Contains(e.Text, want) }) {
			c.failf("no event says %q", want)
		}
	case "no-event":
		want := strings.Join(f[1:], " ")
		if slices.ContainsFunc(w.Events, func(e game.Event) bool { return strings.Contains(e.Text, want) }) {
			c.failf("an event says %q", want)
		}
	case "outcome":
		if w.Outcome != f[1] {
			c.failf("outcome %q, want %q", w.Outcome, f[1])
		}
	case "president":
		d, _ := game.ParseDate(f[1])
		if got := c.sc.States[c.sc.Presidency(d)].Code; got != f[2] {
			c.failf("president on %s is %s, want %s", f[1], got, f[2])
		}
	case "ap":
		seat, _ := w.SeatByCode(f[1])
		if n, _ := strconv.Atoi(f[2]); w.Seats[seat].AP != n {
			c.failf("%s has %d action points, want %d", f[1], w.Seats[seat].AP, n)
		}
	case "date":
		if w.Date.String() != f[1] {
			c.failf("the date is %s, want %s", w.Date, f[1])
		}
	case "whip":
		id, _ := strconv.Atoi(f[1])
		for i := range w.Drafts {
			if w.Drafts[i].ID != id {
				continue
			}
			wc := w.Whip(&w.Drafts[i])
			for _, kv := range f[2:] {
				k, v, _ := strings.Cut(kv, "=")
				switch k {
				case "passes":
					if strconv.FormatBool(wc.Passes) != v {
						c.failf("whip count: passes=%v, want %s", wc.Passes, v)
					}
				case "vetoes":
					var codes []string
					for _, m := range wc.Vetoes {
						codes = append(codes, w.Code(m))
					}
					if strings.Join(codes, ",") != v {
						c.failf("whip count: vetoes %v, want %s", codes, v)
					}
				}
			}
			return
		}
		c.failf("no draft %d", id)
	case "relation-below":
		a, _ := c.sc.StateByCode(f[1])
		b, _ := c.sc.StateByCode(f[2])
		lim, _ := strconv.ParseFloat(f[3], 64)
		if w.Rel(a, b) >= lim {
			c.failf("relation %s→%s is %.0f, want below %s", f[1], f[2], w.Rel(a, b), f[3])
		}
	default:
		c.failf("unknown expectation %q", f[0])
	}
}
