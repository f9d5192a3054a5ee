// Command chapter7 is Chapter VII, a turn-based game of the UN
// collective-security system: play it, simulate it, check scenarios.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

const usage = `Chapter VII — the UN collective-security game

Usage:
  chapter7 [play] [--scenario ID] [--seat CODE|secretariat] [--seed N]
  chapter7 sim --scenario ID [--seed N] [--autopilot] [--json] [--save FILE]
  chapter7 sim --scenario ID --runs N [--autopilot] [--json]
  chapter7 sim --campaign historical|generated [--era 1990s] [--seed N] [--json]
  chapter7 campaign new --kind historical|generated [--era 1990s] --seat CODE|secretariat [--seed N]
  chapter7 campaign continue [--kind historical]
  chapter7 scenario list
  chapter7 scenario validate FILE
  chapter7 replay SAVE | --scenario ID --autopilot
  chapter7 report SAVE [--markdown]
  chapter7 compare A.json B.json [--markdown]      (autopilot:ID stands for the historical track)
  chapter7 fork SAVE|autopilot:ID --turn N --seat CODE --out FORK.json
  chapter7 predict --case FILE [--json]            (a Council or Assembly vote, any year since 1946)
  chapter7 predict --check DIR                     (score case files against their recorded votes)
  chapter7 serve --scenario ID [--addr 127.0.0.1:2222] [--seed N] [--data DIR]

Run "chapter7 COMMAND -h" for a command's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes a command line and returns the exit status: 0 on success,
// 1 when the work failed, 2 for a mistake in the command line or its input.
func run(args []string, stdout, stderr io.Writer) int {
	err := dispatch(args, stdout, stderr)
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(stderr, "chapter7: "+firstLine(err.Error()))
	var ue *usageError
	if errors.As(err, &ue) || errors.As(err, new(*inputError)) {
		return 2
	}
	return 1
}

// inputError is bad input: a scenario, a save, a case file. Exit status 2.
type inputError struct{ err error }

func (e *inputError) Error() string { return e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

func badInput(err error) error {
	if err == nil {
		return nil
	}
	return &inputError{err}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func dispatch(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return cmdPlay(nil, stdout, stderr)
	}
	switch args[0] {
	case "play":
		return cmdPlay(args[1:], stdout, stderr)
	case "sim":
		return cmdSim(args[1:], stdout, stderr)
	case "scenario":
		return cmdScenario(args[1:], stdout)
	case "report":
		return cmdReport(args[1:], stdout, stderr)
	case "compare":
		return cmdCompare(args[1:], stdout, stderr)
	case "fork":
		return cmdFork(args[1:], stdout, stderr)
	case "serve":
		return cmdServe(args[1:], stdout, stderr)
	case "predict":
		return cmdPredict(args[1:], stdout, stderr)
	case "campaign":
		return cmdCampaign(args[1:], stdout, stderr)
	case "replay":
		return cmdReplay(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	if strings.HasPrefix(args[0], "-") {
		return cmdPlay(args, stdout, stderr)
	}
	return usagef("unknown command %q: use play, campaign, sim, scenario, predict, replay, report, compare, fork or serve (chapter7 --help)", args[0])
}

// flagSet is a command's flags; -h prints them to help.
type flagSet struct {
	*flag.FlagSet
	help io.Writer
}

// newFlags makes a flag set whose errors come back as one-line usage errors.
func newFlags(name string, stderr io.Writer) *flagSet {
	fs := flag.NewFlagSet("chapter7 "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {} // errors are reported in one line by parseFlags
	return &flagSet{fs, stderr}
}

func parseFlags(fs *flagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(fs.help, "Usage of %s:\n", fs.Name())
			fs.SetOutput(fs.help)
			fs.PrintDefaults()
			return err
		}
		return usagef("%s: %v (see %s -h)", strings.TrimPrefix(fs.Name(), "chapter7 "), err, fs.Name())
	}
	if fs.NArg() > 0 {
		return usagef("%s: unexpected argument %q (see %s -h)", strings.TrimPrefix(fs.Name(), "chapter7 "), fs.Arg(0), fs.Name())
	}
	return nil
}
