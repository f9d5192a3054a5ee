package main

import (
	"io"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
	"github.com/chapter-vii/chapter7/ui"
)

// cmdReplay opens a saved game, or the historical track, in the terminal
// to step through turn by turn and fork from any turn.
func cmdReplay(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("replay", stderr)
	scenario := fs.String("scenario", "", "replay a scenario's historical track (with --autopilot) instead of a save")
	autopilot := fs.Bool("autopilot", false, "with --scenario: the historical track")
	seed := fs.Uint64("seed", 1, "with --scenario: the seed")
	saveDir := fs.String("save-dir", "", "where a fork is saved (default $XDG_DATA_HOME/chapter7/saves)")
	var file string
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var sv game.Save
	var sc *game.Scenario
	switch {
	case file != "" && *scenario == "":
		w, s, err := data.ReadSave(file)
		if err != nil {
			return badInput(err)
		}
		sv, sc = s, w.Scenario
	case file == "" && *scenario != "" && *autopilot:
		s, err := data.LoadAny(*scenario)
		if err != nil {
			return badInput(err)
		}
		w, err := game.New(s, *seed, game.Options{Autopilot: true})
		if err != nil {
			return badInput(err)
		}
		sv, sc = game.MakeSave(game.RunToEnd(w)), s
	default:
		return usagef("replay takes a save file, or --scenario ID --autopilot for the historical track")
	}
	frames, err := game.ReplayTurns(sc, sv)
	if err != nil {
		return badInput(err)
	}
	if *saveDir == "" {
		*saveDir = defaultSaveDir()
	}
	return ui.Run(terminal(ui.Options{Replay: &ui.Replay{Frames: frames, Save: sv}, ReplaySaveDir: *saveDir}))
}
