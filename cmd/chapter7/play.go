package main

import (
	"io"

	"github.com/chapter-vii/chapter7/ui"
)

func cmdPlay(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("play", stderr)
	var opt ui.Options
	fs.StringVar(&opt.Scenario, "scenario", "", "scenario id or .toml file; with --seat, skips the menus")
	fs.StringVar(&opt.Seat, "seat", "", "the seat you play: a state code such as USA, or secretariat")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	fs.StringVar(&opt.Load, "load", "", "a save file to continue")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return ui.Run(opt)
}
