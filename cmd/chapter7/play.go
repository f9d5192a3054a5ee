package main

import (
	"io"
	"os"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/ui"
)

// cmdPlay starts the terminal front end. The environment is read here and
// only here; the front end gets plain values, so it can also run over SSH.
func cmdPlay(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("play", stderr)
	var opt ui.Options
	fs.StringVar(&opt.Scenario, "scenario", "", "scenario id or .toml file; with --seat, skips the menus")
	fs.StringVar(&opt.Seat, "seat", "", "the seat you play: a state code such as USA, or secretariat; several, comma-separated, for hot-seat")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	fs.StringVar(&opt.Load, "load", "", "a save file to continue")
	fs.StringVar(&opt.Screen, "screen", "", "the screen to open on: briefing, theatre, council, diplomacy, sanctions, forces, budget, log or report")
	saveDir := fs.String("save-dir", "", "where saves and the autosave live (default $XDG_DATA_HOME/chapter7/saves)")
	noColor := fs.Bool("no-color", false, "no colours (also when NO_COLOR is set)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	home, _ := os.UserHomeDir()
	opt.SaveDir = *saveDir
	if opt.SaveDir == "" {
		opt.SaveDir = data.SaveDir(os.Getenv("XDG_DATA_HOME"), home)
	}
	opt.ExportDir, _ = os.Getwd()
	opt.NoColor = *noColor || os.Getenv("NO_COLOR") != ""
	opt.Dark = true
	return ui.Run(opt)
}
