package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
	"github.com/chapter-vii/chapter7/ui"
	"github.com/chapter-vii/chapter7/ui/plain"
)

// campaignIn is where the campaign reads the player's word between crises.
var campaignIn io.Reader = os.Stdin

// playCrisis plays one crisis of a campaign from its save file, in the
// terminal front end or in plain text, and returns when the player stops.
// Tests replace it.
var playCrisis = func(path string, plainText bool, saveDir string, stdout io.Writer) error {
	if plainText {
		return plain.Run(campaignIn, stdout, plain.Options{Load: path, SaveDir: saveDir, AutosavePath: path})
	}
	return ui.Run(terminal(ui.Options{Load: path, SaveDir: saveDir, AutosavePath: path}))
}

// cmdCampaign: chapter7 campaign new|continue.
func cmdCampaign(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "new" && args[0] != "continue") {
		return usagef("campaign needs new or continue: chapter7 campaign new --kind historical --seat USA")
	}
	fs := newFlags("campaign "+args[0], stderr)
	kind := fs.String("kind", "historical", "the campaign: historical (Kuwait 1990–91, then Kosovo 1998–99) or generated")
	era := fs.String("era", "", "for a generated campaign: the decade, such as 1990s")
	seat := fs.String("seat", "", "the seat you play in every crisis: a state code in all of them, or secretariat")
	seed := fs.Uint64("seed", 1, "random seed (crisis i plays seed+i)")
	saveDir := fs.String("save-dir", "", "where the campaign and its games live (default $XDG_DATA_HOME/chapter7/saves)")
	difficulty := fs.String("difficulty", "normal", "easy, normal or hard (for a new campaign)")
	plainMode := fs.Bool("plain", false, "plain text, line by line (the default when standard output is not a terminal)")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	dir := *saveDir
	if dir == "" {
		dir = defaultSaveDir()
	}
	path := data.CampaignPath(dir, *kind)
	var c *data.CampaignFile
	if args[0] == "new" {
		chain, err := data.CampaignChain(*kind, *era, *seed)
		if err != nil {
			return usagef("campaign new: %v", err)
		}
		if !slices.Contains(game.Difficulties, *difficulty) {
			return usagef("campaign new: --difficulty %q: use %s", *difficulty, strings.Join(game.Difficulties, ", "))
		}
		if *seat == "" {
			return usagef("campaign new needs --seat: %s", commonSeats(chain))
		}
		s := strings.ToUpper(*seat)
		if strings.EqualFold(*seat, game.Secretariat) {
			s = game.Secretariat
		}
		for _, id := range chain {
			sc, err := data.Load(id)
			if err != nil {
				return err
			}
			if _, ok := sc.StateByCode(s); !ok && s != game.Secretariat {
				return usagef("campaign new: seat %s is not in %s: %s", s, id, commonSeats(chain))
			}
		}
		c = &data.CampaignFile{Kind: *kind, Era: *era, Seat: s, Seed: *seed, Chain: chain, Difficulty: *difficulty}
		if err := data.WriteCampaign(path, c); err != nil {
			return err
		}
	} else {
		var err error
		if c, err = data.ReadCampaign(path); err != nil {
			return badInput(err)
		}
	}
	return runCampaign(path, c, *plainMode || !isTerminal(stdout), stdout)
}

// commonSeats says which seats a campaign can be played from.
func commonSeats(chain []string) string {
	var common []string
	for i, id := range chain {
		sc, err := data.Load(id)
		if err != nil {
			return err.Error()
		}
		var codes []string
		for _, st := range sc.States {
			if i == 0 || slices.Contains(common, st.Code) {
				codes = append(codes, st.Code)
			}
		}
		common = codes
	}
	return "use secretariat or a state in every crisis: " + strings.Join(common, ", ")
}

// runCampaign plays the campaign's crises from where it stands: each crisis
// is an ordinary save, begun from what the last one handed on; between
// crises it says what carried over and waits for the player.
func runCampaign(path string, c *data.CampaignFile, plainText bool, out io.Writer) error {
	dir := filepath.Dir(path)
	in := bufio.NewScanner(campaignIn)
	for c.Crisis < len(c.Chain) {
		i := c.Crisis
		save, err := data.CampaignGame(path, c)
		if err != nil {
			return badInput(err)
		}
		if err := playCrisis(save, plainText, dir, out); err != nil {
			return err
		}
		w, over, err := data.AdvanceCampaign(path, c)
		if err != nil {
			return badInput(err)
		}
		if !over {
			fmt.Fprintf(out, "Crisis %d of %d (%s) is saved at %s. chapter7 campaign continue --kind %s picks it up.\n",
				i+1, len(c.Chain), w.Scenario.Title, w.Date.Long(), c.Kind)
			return nil
		}
		fmt.Fprintf(out, "\nCrisis %d of %d, %s: %s on %s. UN authority %.0f.\n", i+1, len(c.Chain), w.Scenario.Title, w.Outcome, w.Date.Long(), w.Authority)
		if c.Crisis == len(c.Chain) {
			return campaignOver(dir, c, out)
		}
		fmt.Fprintln(out, "What carries over to the next crisis:")
		for _, l := range game.CarryFrom(w).Summary() {
			fmt.Fprintln(out, "  "+l)
		}
		fmt.Fprintf(out, "Press enter for %s, or type q to stop here (chapter7 campaign continue resumes).\n", c.Chain[c.Crisis])
		if !in.Scan() || strings.TrimSpace(strings.ToLower(in.Text())) == "q" {
			return nil
		}
	}
	return campaignOver(dir, c, out)
}

// campaignOver judges the whole campaign and says where each crisis's
// after-action report is.
func campaignOver(dir string, c *data.CampaignFile, out io.Writer) error {
	var outcomes []string
	authority := 0.0
	for _, g := range c.Games {
		w, _, err := data.ReadSave(filepath.Join(dir, g))
		if err != nil {
			return badInput(err)
		}
		outcomes = append(outcomes, w.Outcome)
		authority = w.Authority
	}
	fmt.Fprintf(out, "\nThe campaign is over: %s (%s; UN authority %.0f at the end).\n", game.CampaignOutcome(outcomes, authority), strings.Join(outcomes, ", "), authority)
	fmt.Fprintf(out, "The campaign's report, crisis by crisis: chapter7 report %s --markdown\n", data.CampaignPath(dir, c.Kind))
	return nil
}
