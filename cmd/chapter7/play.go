package main

import (
	"io"
	"os"
	"slices"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
	"github.com/chapter-vii/chapter7/ui"
	"github.com/chapter-vii/chapter7/ui/plain"
)

// cmdPlay starts the terminal front end, or the plain-text mode when asked
// for or when standard output is not a terminal. The environment is read
// here and only here; the front ends get plain values, so they can also run
// over SSH.
func cmdPlay(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("play", stderr)
	var opt ui.Options
	fs.StringVar(&opt.Scenario, "scenario", "", "scenario id or .toml file; with --seat, skips the menus")
	fs.StringVar(&opt.Seat, "seat", "", "the seat you play: a state code such as USA, or secretariat; several, comma-separated, for hot-seat")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	fs.StringVar(&opt.Difficulty, "difficulty", "normal", "easy, normal or hard: what you are told of others' intentions and how hard they bargain")
	fs.StringVar(&opt.Load, "load", "", "a save file to continue")
	fs.StringVar(&opt.Screen, "screen", "", "the screen to open on: briefing, theatre, council, diplomacy, sanctions, forces, budget, log or report")
	saveDir := fs.String("save-dir", "", "where saves and the autosave live (default $XDG_DATA_HOME/chapter7/saves)")
	noColor := fs.Bool("no-color", false, "no colours (also when NO_COLOR is set)")
	plainMode := fs.Bool("plain", false, "plain text, line by line: for screen readers, braille displays and scripts (the default when standard output is not a terminal)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !slices.Contains(game.Difficulties, opt.Difficulty) {
		return usagef("play: --difficulty %q: use %s", opt.Difficulty, strings.Join(game.Difficulties, ", "))
	}
	opt.SaveDir = *saveDir
	if opt.SaveDir == "" {
		opt.SaveDir = defaultSaveDir()
	}
	if *plainMode || !isTerminal(stdout) {
		return plain.Run(os.Stdin, stdout, plain.Options{Scenario: opt.Scenario, Seat: opt.Seat, Seed: opt.Seed, Load: opt.Load, SaveDir: opt.SaveDir, Difficulty: opt.Difficulty})
	}
	opt = terminal(opt)
	opt.NoColor = opt.NoColor || *noColor
	return ui.Run(opt)
}

// terminal adds to front-end options what comes from the environment:
// reports export to the working folder, NO_COLOR, a dark background until
// the terminal says otherwise. play, replay and campaign share it.
func terminal(opt ui.Options) ui.Options {
	opt.ExportDir, _ = os.Getwd()
	opt.NoColor = os.Getenv("NO_COLOR") != ""
	opt.Dark = true
	return opt
}

// defaultSaveDir is where saves live when no --save-dir is given:
// $XDG_DATA_HOME/chapter7/saves, or its usual place under the home folder.
func defaultSaveDir() string {
	home, _ := os.UserHomeDir()
	return data.SaveDir(os.Getenv("XDG_DATA_HOME"), home)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
