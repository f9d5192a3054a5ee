package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/chapter-vii/chapter7/game"
)

// CampaignFormat names a campaign file, so that other JSON is refused.
const CampaignFormat = "chapter7-campaign"

// CampaignFile is a campaign on disk: its kind, seat and seed, where it
// stands, and each crisis's game as an ordinary save beside it (crisis i
// plays seed+i and starts from what crisis i−1 handed on).
type CampaignFile struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Kind    string `json:"kind"`
	Era     string `json:"era,omitempty"`
	Seat    string `json:"seat"`
	Seed    uint64 `json:"seed"`
	// Difficulty is easy, normal or hard, for every crisis.
	Difficulty string   `json:"difficulty,omitempty"`
	Chain      []string `json:"chain"`
	// Crisis is the index of the crisis being played; len(Chain) when the
	// campaign is over.
	Crisis int `json:"crisis"`
	// Games are the save files of the crises begun, in the folder of the
	// campaign file.
	Games []string `json:"games"`
}

// CampaignPath is where a campaign of a kind is kept in a save folder.
func CampaignPath(dir, kind string) string { return filepath.Join(dir, "campaign-"+kind+".json") }

// ReadCampaign reads a campaign file and checks it.
func ReadCampaign(path string) (*CampaignFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no campaign here: start one with chapter7 campaign new", path)
		}
		return nil, fmt.Errorf("%s: cannot read: %v", path, errors.Unwrap(err))
	}
	var c CampaignFile
	if err := json.Unmarshal(b, &c); err != nil || c.Format != CampaignFormat {
		return nil, fmt.Errorf("%s: not a Chapter VII campaign: choose a file written by chapter7 campaign", path)
	}
	if c.Version != 1 {
		return nil, fmt.Errorf("%s: campaign format version %d is not one this chapter7 reads (1): update chapter7", path, c.Version)
	}
	if len(c.Chain) == 0 || c.Crisis < 0 || c.Crisis > len(c.Chain) || len(c.Games) > len(c.Chain) {
		return nil, fmt.Errorf("%s: the campaign file is damaged (crisis %d of %d): start a new campaign", path, c.Crisis, len(c.Chain))
	}
	return &c, nil
}

// WriteCampaign writes a campaign file atomically.
func WriteCampaign(path string, c *CampaignFile) error {
	c.Format, c.Version = CampaignFormat, 1
	b, err := json.MarshalIndent(c, "", " ")
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, b)
}

// CampaignGame returns the save of the crisis a campaign stands at,
// beginning it when it is new: crisis i plays seed+i, from what crisis
// i−1 handed on (game.CarryFrom).
func CampaignGame(path string, c *CampaignFile) (string, error) {
	if c.Crisis >= len(c.Chain) {
		return "", fmt.Errorf("%s: the campaign is over: read its report with chapter7 report %s --markdown", path, path)
	}
	dir := filepath.Dir(path)
	i := c.Crisis
	if len(c.Games) > i {
		return filepath.Join(dir, c.Games[i]), nil
	}
	var carry *game.Carry
	if i > 0 {
		prev, _, err := ReadSave(filepath.Join(dir, c.Games[i-1]))
		if err != nil {
			return "", err
		}
		cr := game.CarryFrom(prev)
		carry = &cr
	}
	w, err := NewCrisis(c.Chain, i, c.Seed, game.Options{Humans: []string{c.Seat}, Carry: carry, Difficulty: c.Difficulty})
	if err != nil {
		return "", err
	}
	name := fmt.Sprintf("campaign-%s-%d.json", c.Kind, i+1)
	if err := WriteSave(filepath.Join(dir, name), game.MakeSave(w)); err != nil {
		return "", err
	}
	c.Games = append(c.Games, name)
	return filepath.Join(dir, name), WriteCampaign(path, c)
}

// NewCrisis starts the i-th crisis (from 0) of a campaign's chain: it
// plays seed+i, and opt carries what the crisis before handed on.
func NewCrisis(chain []string, i int, seed uint64, opt game.Options) (*game.World, error) {
	sc, err := Load(chain[i])
	if err != nil {
		return nil, err
	}
	return game.New(sc, seed+uint64(i), opt)
}

// AdvanceCampaign moves a campaign on when its current crisis is over;
// over is false (and nothing changes) while the crisis goes on.
func AdvanceCampaign(path string, c *CampaignFile) (w *game.World, over bool, err error) {
	if c.Crisis >= len(c.Games) {
		return nil, false, nil
	}
	w, _, err = ReadSave(filepath.Join(filepath.Dir(path), c.Games[c.Crisis]))
	if err != nil || !w.Over {
		return w, false, err
	}
	c.Crisis++
	return w, true, WriteCampaign(path, c)
}

// ListCampaigns lists the campaign files in a save folder.
func ListCampaigns(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "campaign-*.json"))
	var out []string
	for _, f := range files {
		if _, err := ReadCampaign(f); err == nil {
			out = append(out, f)
		}
	}
	return out
}
