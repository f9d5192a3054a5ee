// Package ui is the Bubble Tea front end of Chapter VII: one root model
// that owns the game and routes messages, panels that render a snapshot of
// the seat's view into a string of a given size, one key map and one style
// sheet. It never reads the environment: the play command passes what it
// needs in Options, so the same code can run over SSH.
package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/chapter-vii/chapter7/game"
)

// Options are what the play command passes to the front end.
type Options struct {
	// Scenario is a scenario id or a .toml path; with Seat it skips the menus.
	Scenario string
	// Seat is the seat the player takes: a state code or "secretariat".
	// Several seats separated by commas make a hot-seat game.
	Seat string
	Seed uint64
	// Difficulty of a new game: easy, normal or hard (game.Difficulties).
	Difficulty string
	// Load is a save file to continue.
	Load string
	// SaveDir is where saves and the autosave live; empty disables saving.
	SaveDir string
	// AutosavePath, when set, is where the autosave goes instead (a
	// campaign keeps each crisis in its own file).
	AutosavePath string
	// ExportDir is where the after-action report is exported as Markdown.
	ExportDir string
	// Screen is the screen a game opens on (briefing, theatre, council, …).
	Screen string
	// NoColor drops every colour from the style sheet (NO_COLOR).
	NoColor bool
	// Dark is the assumed background until the terminal reports its own.
	Dark bool
	// Replay steps through a game turn by turn instead of playing it.
	Replay *Replay
	// ReplaySaveDir is where a game forked from a replay is saved.
	ReplaySaveDir string
	// Remote plays a seat of a game held elsewhere (a seminar): no start
	// screen, no saves; the views come as RemoteWorld messages.
	Remote *Remote
}

// Remote is a seat in a game another process holds.
type Remote struct {
	Seat string
	// Apply sends a command for the seat; the game's new state comes back
	// as a RemoteWorld message.
	Apply func(game.Command) error
	// World is the seat's view to start from.
	World *game.World
}

// RemoteWorld delivers the newest view of a remote game.
type RemoteWorld struct{ W *game.World }

// Run starts the terminal front end and returns when the player quits.
func Run(opt Options, popts ...tea.ProgramOption) error {
	_, err := tea.NewProgram(New(opt), popts...).Run()
	return err
}
