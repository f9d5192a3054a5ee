package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// loadGame reads a save, or plays the historical track of a scenario when
// the argument is "autopilot:ID".
func loadGame(arg string) (*game.World, string, error) {
	if id, ok := strings.CutPrefix(arg, "autopilot:"); ok {
		sc, err := data.LoadAny(id)
		if err != nil {
			return nil, "", badInput(err)
		}
		w, err := game.New(sc, 1, game.Options{Autopilot: true})
		if err != nil {
			return nil, "", badInput(err)
		}
		return game.RunToEnd(w), "history", nil
	}
	w, _, err := data.ReadSave(arg)
	if err != nil {
		return nil, "", badInput(err)
	}
	return w, strings.TrimSuffix(baseName(arg), ".json"), nil
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// history plays the scenario's historical track with the game's seed.
func history(w *game.World) *game.World {
	h, err := game.New(w.Scenario, w.Seed, game.Options{Autopilot: true})
	if err != nil {
		return nil
	}
	return game.RunToEnd(h)
}

func cmdReport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("report", stderr)
	md := fs.Bool("markdown", false, "print Markdown (the default is the same report as plain text)")
	if len(args) == 0 || strings.HasPrefix(args[0], "-") && args[0] != "-h" && args[0] != "--help" {
		return usagef("report needs a save file: chapter7 report SAVE [--markdown]")
	}
	file := args[0]
	if file == "-h" || file == "--help" {
		return parseFlags(fs, args)
	}
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	var out string
	if c, err := data.ReadCampaign(file); err == nil {
		// A campaign file: the campaign's report, crisis by crisis.
		var crises, hist []*game.World
		for _, g := range c.Games {
			w, _, err := data.ReadSave(filepath.Join(filepath.Dir(file), g))
			if err != nil {
				return badInput(err)
			}
			crises, hist = append(crises, w), append(hist, history(w))
		}
		out = game.CampaignMarkdown(crises, hist)
	} else {
		w, _, err := loadGame(file)
		if err != nil {
			return err
		}
		out = game.BuildReport(w, history(w)).Markdown()
	}
	if !*md {
		out = strings.NewReplacer("**", "", "# ", "").Replace(out)
	}
	_, err := io.WriteString(stdout, out)
	return err
}

func cmdCompare(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("compare", stderr)
	md := fs.Bool("markdown", false, "print Markdown")
	var files []string
	for len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		files, args = append(files, args[0]), args[1:]
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if len(files) != 2 {
		return usagef("compare takes two games: chapter7 compare A.json B.json (or autopilot:kuwait-1991 for the historical track)")
	}
	a, la, err := loadGame(files[0])
	if err != nil {
		return err
	}
	b, lb, err := loadGame(files[1])
	if err != nil {
		return err
	}
	if la == lb {
		la, lb = la+" (A)", lb+" (B)"
	}
	c, err := game.Compare(a, b, la, lb)
	if err != nil {
		return badInput(err)
	}
	out := c.Markdown()
	if !*md {
		out = strings.NewReplacer("**", "", "# ", "").Replace(out)
	}
	_, err = io.WriteString(stdout, out)
	return err
}

func cmdFork(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("fork", stderr)
	turn := fs.Int("turn", 0, "the turn to fork at (from 1)")
	seats := fs.String("seat", "", "the seats people take in the fork, comma-separated (a state code or secretariat)")
	outPath := fs.String("out", "", "where to write the fork as a save")
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usagef("fork needs a save file: chapter7 fork SAVE --turn N --seat CODE --out FORK.json")
	}
	file := args[0]
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if *turn < 1 || *outPath == "" || *seats == "" {
		return usagef("fork needs --turn N (1 or more), --seat CODE and --out FILE")
	}
	var sv game.Save
	var sc *game.Scenario
	if id, ok := strings.CutPrefix(file, "autopilot:"); ok {
		s, err := data.LoadAny(id)
		if err != nil {
			return badInput(err)
		}
		w, _ := game.New(s, 1, game.Options{Autopilot: true})
		sv, sc = game.MakeSave(game.RunToEnd(w)), s
	} else {
		w, s, err := data.ReadSave(file)
		if err != nil {
			return badInput(err)
		}
		sv, sc = s, w.Scenario
	}
	w, err := game.Fork(sc, sv, *turn, strings.Split(*seats, ","))
	if err != nil {
		return badInput(err)
	}
	if err := data.WriteSave(*outPath, game.MakeSave(w)); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Forked %s at turn %d (%s), with %s played by people: %s\n", sc.Title, w.Turn, w.Date.Long(), *seats, *outPath)
	return nil
}
