package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// The front end's IO, each inside a tea.Cmd; none of them touches the model.

func newGameCmd(scenario string, seats []string, seed uint64, difficulty string) tea.Cmd {
	return func() tea.Msg {
		sc, err := data.LoadAny(scenario)
		if err != nil {
			return gameReadyMsg{err: err}
		}
		if len(seats) == 0 {
			return gameReadyMsg{err: fmt.Errorf("choose a seat: a state code of %s or %s", sc.ID, game.Secretariat)}
		}
		w, err := game.New(sc, seed, game.Options{Humans: seats, Difficulty: difficulty})
		if err != nil {
			return gameReadyMsg{err: err}
		}
		return gameReadyMsg{w: w, humans: seats}
	}
}

func loadCmd(path string) tea.Cmd {
	return func() tea.Msg {
		w, s, err := data.ReadSave(path)
		if err != nil {
			return gameReadyMsg{err: err}
		}
		return gameReadyMsg{w: w, humans: s.Humans, note: fmt.Sprintf("Loaded %s: turn %d, %s", path, w.Turn, w.Date.Long())}
	}
}

func listSavesCmd(dir string) tea.Cmd {
	return func() tea.Msg {
		if dir == "" {
			return savesMsg{saves: []data.SaveInfo{}}
		}
		s := data.ListSaves(dir)
		if s == nil {
			s = []data.SaveInfo{}
		}
		return savesMsg{saves: s, campaigns: data.ListCampaigns(dir)}
	}
}

func saveCmd(path string, s game.Save, auto bool) tea.Cmd {
	return func() tea.Msg {
		return savedMsg{path: path, auto: auto, err: data.WriteSave(path, s)}
	}
}

func exportCmd(path, markdown string) tea.Cmd {
	return func() tea.Msg {
		err := data.WriteFileAtomic(path, []byte(markdown))
		return exportedMsg{path: path, err: err}
	}
}

// campaignCmd opens the crisis a campaign stands at, beginning it if new.
func campaignCmd(path string) tea.Cmd {
	return func() tea.Msg {
		c, err := data.ReadCampaign(path)
		if err != nil {
			return gameReadyMsg{err: err}
		}
		save, err := data.CampaignGame(path, c)
		if err != nil {
			return gameReadyMsg{err: err}
		}
		w, s, err := data.ReadSave(save)
		if err != nil {
			return gameReadyMsg{err: err}
		}
		note := fmt.Sprintf("Campaign %s, crisis %d of %d: %s", c.Kind, c.Crisis+1, len(c.Chain), w.Scenario.Title)
		return gameReadyMsg{w: w, humans: s.Humans, note: note, campaign: path, save: save}
	}
}

// nextCrisisCmd moves a campaign on from a finished crisis and opens the
// next, or says the campaign is over.
func nextCrisisCmd(path string) tea.Cmd {
	return func() tea.Msg {
		c, err := data.ReadCampaign(path)
		if err != nil {
			return gameReadyMsg{err: err}
		}
		if _, _, err := data.AdvanceCampaign(path, c); err != nil {
			return gameReadyMsg{err: err}
		}
		if c.Crisis >= len(c.Chain) {
			return campaignOverMsg{text: fmt.Sprintf("The campaign is over: chapter7 report %s --markdown gives its report.", path)}
		}
		return campaignCmd(path)()
	}
}
