package main

import (
	"fmt"
	"io"

	"github.com/chapter-vii/chapter7/data"
)

func cmdScenario(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return usagef("scenario: say list or validate FILE")
	}
	switch args[0] {
	case "list":
		if len(args) > 1 {
			return usagef("scenario list takes no arguments")
		}
		for _, id := range data.List() {
			s, err := data.Load(id)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "%-14s %s (%s to %s, %d states)\n", id, s.Title, s.Start, s.End, len(s.States))
		}
		return nil
	case "validate":
		if len(args) != 2 {
			return usagef("scenario validate takes one file: chapter7 scenario validate my-crisis.toml")
		}
		s, err := data.LoadAny(args[1])
		if err != nil {
			return badInput(err)
		}
		fmt.Fprintf(stdout, "%s: valid scenario %q: %d states, %d events, %d historical drafts, %s to %s\n",
			args[1], s.ID, len(s.States), len(s.Events), len(s.Drafts), s.Start, s.End)
		return nil
	}
	return usagef("scenario: unknown subcommand %q: use list or validate FILE", args[0])
}
