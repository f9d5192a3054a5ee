// Package ui is the Bubble Tea front end of Chapter VII.
package ui

import "errors"

// Options are what the play command passes to the front end.
type Options struct {
	Scenario string
	Seat     string
	Seed     uint64
	Load     string
}

// Run starts the terminal front end and returns when the player quits.
func Run(opt Options) error {
	return errors.New("the terminal front end is not built yet: use chapter7 sim")
}
