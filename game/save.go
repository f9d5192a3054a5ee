package game

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
)

// SaveVersion is the version of the save format this build writes. A save
// is the game's scenario, seed and command log (GAME.md §13): loading it
// replays the log, which takes milliseconds, and checks the result.
const SaveVersion = 1

// SaveFormat names the file format, so that other JSON is refused clearly.
const SaveFormat = "chapter7-save"

// Save is a game as it is written to disk.
type Save struct {
	Format    string    `json:"format"`
	Version   int       `json:"version"`
	Scenario  string    `json:"scenario"`
	Seed      uint64    `json:"seed"`
	Humans    []string  `json:"humans"`
	Autopilot bool      `json:"autopilot"`
	Log       []Command `json:"log"`
	// Carry is what a campaign's previous crisis handed this game.
	Carry      *Carry `json:"carry,omitempty"`
	Difficulty string `json:"difficulty,omitempty"`
	Turn       int    `json:"turn"`
	Date       Date   `json:"date"`
	// Checksum is the world's checksum after the log: a save whose log does
	// not replay to it is corrupt, or was made from another scenario text.
	Checksum string `json:"checksum"`
}

// MakeSave records a game.
func MakeSave(w *World) Save {
	return Save{Format: SaveFormat, Version: SaveVersion, Scenario: w.Scenario.ID, Seed: w.Seed, Humans: w.StartHumans,
		Autopilot: w.Autopilot, Log: w.Log, Carry: w.Carry, Difficulty: w.Difficulty, Turn: w.Turn, Date: w.Date, Checksum: w.Checksum()}
}

// Encode writes a save as indented JSON.
func (s Save) Encode() ([]byte, error) { return json.MarshalIndent(s, "", " ") }

// DecodeSave reads a save and checks its format and version.
func DecodeSave(b []byte) (Save, error) {
	var s Save
	if err := json.Unmarshal(b, &s); err != nil {
		return s, fmt.Errorf("not a Chapter VII save (%v): choose a file written by chapter7", errors.Unwrap(err))
	}
	if s.Format != SaveFormat {
		return s, errors.New("not a Chapter VII save: choose a file written by chapter7")
	}
	if s.Version > SaveVersion {
		return s, fmt.Errorf("save format version %d was written by a newer chapter7 (this one reads up to %d): update chapter7", s.Version, SaveVersion)
	}
	if s.Version < 1 {
		return s, fmt.Errorf("save format version %d is unknown: the file is damaged", s.Version)
	}
	return s, nil
}

// ErrCorrupt reports a save whose log does not replay to its checksum.
var ErrCorrupt = errors.New("the save is corrupt: its command log does not replay to the recorded game (or the scenario has changed since)")

// Replay rebuilds a saved game from its scenario and checks the checksum.
func Replay(sc *Scenario, s Save) (*World, error) {
	w, err := New(sc, s.Seed, Options{Humans: s.Humans, Autopilot: s.Autopilot, Carry: s.Carry, Difficulty: s.Difficulty})
	if err != nil {
		return nil, err
	}
	for i, c := range s.Log {
		nw, _, err := Apply(w, c)
		if err != nil {
			return nil, fmt.Errorf("%w (command %d, %s: %v)", ErrCorrupt, i+1, c.Kind, err)
		}
		w = nw
	}
	if s.Checksum != "" && w.Checksum() != s.Checksum {
		return nil, ErrCorrupt
	}
	return w, nil
}

// Checksum is a fingerprint of the whole world: equal worlds, equal sums.
func (w *World) Checksum() string {
	h := sha256.New()
	b, _ := json.Marshal(w)
	h.Write(b)
	rng, _ := w.RNG.MarshalBinary()
	h.Write(rng)
	return hex.EncodeToString(h.Sum(nil)[:16])
}
