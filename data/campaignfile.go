package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
