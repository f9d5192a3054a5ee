package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chapter-vii/chapter7/game"
)

// SaveDir is where saves live: $XDG_DATA_HOME/chapter7/saves, or
// ~/.local/share/chapter7/saves. The caller passes the environment's
// values so that code served over SSH never reads the server's.
func SaveDir(xdgDataHome, home string) string {
	if xdgDataHome == "" {
		xdgDataHome = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(xdgDataHome, "chapter7", "saves")
}

// WriteSave writes a save atomically: to a temporary file in the same
// folder, synced, then renamed over the old one, so a crash never leaves a
// half-written save.
func WriteSave(path string, s game.Save) error {
	b, err := s.Encode()
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, b)
}

// WriteFileAtomic replaces a file's contents atomically.
func WriteFileAtomic(path string, b []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %v", dir, errors.Unwrap(err))
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %v", dir, errors.Unwrap(err))
	}
	tmp := f.Name()
	_, werr := f.Write(b)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %v", path, errors.Unwrap(err))
	}
	return nil
}

// ReadSave reads a save file and replays it into a world.
func ReadSave(path string) (*game.World, game.Save, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, game.Save{}, fmt.Errorf("%s: no such save: check the path, or list saves with chapter7 saves", path)
		}
		return nil, game.Save{}, fmt.Errorf("%s: cannot read: %v", path, errors.Unwrap(err))
	}
	s, err := game.DecodeSave(b)
	if err != nil {
		return nil, s, fmt.Errorf("%s: %v", path, err)
	}
	sc, err := Load(s.Scenario)
	if err != nil {
		return nil, s, fmt.Errorf("%s: %v", path, err)
	}
	w, err := game.Replay(sc, s)
	if err != nil {
		return nil, s, fmt.Errorf("%s: %v", path, err)
	}
	return w, s, nil
}

// SaveInfo describes a save on disk for a load menu.
type SaveInfo struct {
	Name     string
	Path     string
	Scenario string
	Date     game.Date
	Turn     int
	Modified int64 // Unix seconds, for sorting only
}

// ListSaves lists the saves in a folder, newest first.
func ListSaves(dir string) []SaveInfo {
	entries, _ := os.ReadDir(dir)
	var out []SaveInfo
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s, err := game.DecodeSave(b)
		if err != nil {
			continue
		}
		info, _ := e.Info()
		var mod int64
		if info != nil {
			mod = info.ModTime().Unix()
		}
		out = append(out, SaveInfo{Name: strings.TrimSuffix(e.Name(), ".json"), Path: p, Scenario: s.Scenario, Date: s.Date, Turn: s.Turn, Modified: mod})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Modified > out[j].Modified })
	return out
}
