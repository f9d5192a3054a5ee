package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

type stage int

const (
	stageMenu stage = iota
	stageNew
	stageLoad
	stageCampaign
)

var menuItems = []string{"New game", "Continue the last game", "Load a saved game", "Continue a campaign", "Quit"}

// startForm is the start screen's state.
type startForm struct {
	stage     stage
	menu      int
	field     int // new game: 0 scenario, 1 seat, 2 seed
	scens     []string
	scen      int
	sc        *game.Scenario
	seat      int
	hot       []string // hot-seat seats, in order
	seed      uint64
	saves     []data.SaveInfo // nil until listed
	campaigns []string        // campaign files in the save folder
	loadCur   int
	err       string
}

func newStartForm(opt Options) startForm {
	f := startForm{scens: data.List(), seed: opt.Seed}
	if f.seed == 0 {
		f.seed = 1
	}
	if i := slices.Index(f.scens, opt.Scenario); i >= 0 {
		f.scen = i
	}
	f.loadScenario()
	if opt.Seat != "" {
		if i := slices.Index(f.seatCodes(), strings.ToUpper(opt.Seat)); i >= 0 {
			f.seat = i
		}
	}
	return f
}

// loadScenario reads an embedded scenario (no disk IO: they are compiled in).
func (f *startForm) loadScenario() {
	f.sc = nil
	f.hot = nil
	if len(f.scens) == 0 {
		return
	}
	sc, err := data.Load(f.scens[f.scen])
	if err != nil {
		f.err = err.Error()
		return
	}
	f.sc = sc
	f.seat = 0
	if i := slices.Index(f.seatCodes(), "USA"); i >= 0 {
		f.seat = i
	}
}

func (f *startForm) seatCodes() []string {
	if f.sc == nil {
		return nil
	}
	out := make([]string, 0, len(f.sc.States)+1)
	for _, s := range f.sc.States {
		out = append(out, s.Code)
	}
	return append(out, game.Secretariat)
}

func (f *startForm) seatLabel(code string) string {
	if code == game.Secretariat {
		return "the Secretariat (no vote, no veto, no army)"
	}
	if f.sc != nil {
		if id, ok := f.sc.StateByCode(code); ok {
			s := f.sc.States[id]
			tag := ""
			switch {
			case slices.Contains(f.sc.Theatre.Aggressors, id):
				tag = ", the aggressor"
			case slices.Contains(f.sc.Theatre.Victims, id):
				tag = ", the victim"
			case s.Permanent:
				tag = ", permanent member"
			case f.sc.OnCouncil(id, f.sc.Start):
				tag = ", on the Council"
			}
			return s.Name + tag
		}
	}
	return code
}

// humans are the seats the new game gives to people.
func (f *startForm) humans() []string {
	if len(f.hot) > 0 {
		return f.hot
	}
	codes := f.seatCodes()
	if len(codes) == 0 {
		return nil
	}
	return []string{codes[f.seat]}
}

func (m *Model) startKey(k tea.KeyPressMsg) tea.Cmd {
	f := &m.start
	km := m.keys
	switch f.stage {
	case stageMenu:
		switch {
		case key.Matches(k, km.Quit), key.Matches(k, km.Back):
			return tea.Quit
		case key.Matches(k, km.Up):
			f.menu = (f.menu + len(menuItems) - 1) % len(menuItems)
		case key.Matches(k, km.Down):
			f.menu = (f.menu + 1) % len(menuItems)
		case key.Matches(k, km.Help):
			m.showHelp = true
		case key.Matches(k, km.Glossary):
			m.openGlossary()
		case key.Matches(k, km.Enter):
			switch f.menu {
			case 0:
				f.stage, f.err = stageNew, ""
			case 1:
				if len(f.saves) == 0 {
					f.err = "no saved game yet: start a new one"
					return nil
				}
				return loadCmd(f.saves[0].Path)
			case 2:
				if len(f.saves) == 0 {
					f.err = "no saved games in " + orNone(m.opt.SaveDir)
					return nil
				}
				f.stage, f.loadCur, f.err = stageLoad, 0, ""
			case 3:
				switch len(f.campaigns) {
				case 0:
					f.err = "no campaign yet: start one with chapter7 campaign new --kind historical --seat USA"
					return nil
				case 1:
					return campaignCmd(f.campaigns[0])
				}
				f.stage, f.loadCur, f.err = stageCampaign, 0, ""
			case 4:
				return tea.Quit
			}
		}
	case stageCampaign:
		switch {
		case key.Matches(k, km.Back), key.Matches(k, km.Quit):
			f.stage = stageMenu
		case key.Matches(k, km.Enter):
			if f.loadCur < len(f.campaigns) {
				return campaignCmd(f.campaigns[f.loadCur])
			}
		default:
			f.loadCur = move(f.loadCur, k, km, len(f.campaigns), m.height-8)
		}
	case stageLoad:
		switch {
		case key.Matches(k, km.Back), key.Matches(k, km.Quit):
			f.stage = stageMenu
		case key.Matches(k, km.Enter):
			if f.loadCur < len(f.saves) {
				return loadCmd(f.saves[f.loadCur].Path)
			}
		default:
			f.loadCur = move(f.loadCur, k, km, len(f.saves), m.height-8)
		}
	case stageNew:
		codes := f.seatCodes()
		switch {
		case key.Matches(k, km.Back):
			f.stage = stageMenu
		case key.Matches(k, km.Enter):
			if f.sc == nil {
				return nil
			}
			return newGameCmd(f.scens[f.scen], f.humans(), f.seed, m.opt.Difficulty)
		case key.Matches(k, km.Up):
			f.field = (f.field + 2) % 3
		case key.Matches(k, km.Down):
			f.field = (f.field + 1) % 3
		case key.Matches(k, km.Hotseat) && f.field == 1 && len(codes) > 0:
			c := codes[f.seat]
			if i := slices.Index(f.hot, c); i >= 0 {
				f.hot = slices.Delete(f.hot, i, i+1)
			} else {
				f.hot = append(f.hot, c)
			}
		case key.Matches(k, km.Left), key.Matches(k, km.Right):
			d := 1
			if key.Matches(k, km.Left) {
				d = -1
			}
			switch f.field {
			case 0:
				if len(f.scens) > 0 {
					f.scen = (f.scen + d + len(f.scens)) % len(f.scens)
					f.loadScenario()
				}
			case 1:
				if len(codes) > 0 {
					f.seat = (f.seat + d + len(codes)) % len(codes)
				}
			case 2:
				if d < 0 && f.seed > 0 {
					f.seed--
				} else if d > 0 {
					f.seed++
				}
			}
		case f.field == 2 && k.String() == "backspace":
			f.seed /= 10
		case f.field == 2 && len(k.Text) == 1 && k.Text[0] >= '0' && k.Text[0] <= '9':
			if f.seed < 1e17 {
				f.seed = f.seed*10 + uint64(k.Text[0]-'0')
			}
		case key.Matches(k, km.Quit):
			f.stage = stageMenu
		}
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "(saving is off)"
	}
	return s
}

// startPanel renders the start screen.
func startPanel(st *styles, f *startForm, saveDir string, w, h int) string {
	var l []string
	l = append(l, st.Title.Render("CHAPTER VII")+"  "+st.Faint.Render("the UN Security Council at war and peace"), "")
	switch f.stage {
	case stageMenu:
		for i, it := range menuItems {
			if i == 1 {
				if f.saves == nil {
					it += " (looking…)"
				} else if len(f.saves) > 0 {
					s := f.saves[0]
					it += fmt.Sprintf(" — %s, turn %d, %s", s.Name, s.Turn, s.Date.Long())
				} else {
					it += " — none yet"
				}
			}
			if i == 2 && f.saves != nil {
				it += fmt.Sprintf(" (%d)", len(f.saves))
			}
			if i == 3 && f.saves != nil {
				it += fmt.Sprintf(" (%d)", len(f.campaigns))
			}
			l = append(l, cursorLine(st, i == f.menu, it))
		}
		l = append(l, "")
		if f.sc != nil {
			l = append(l, st.Heading.Render(f.sc.Title))
			l = append(l, wrap(f.sc.Summary, w-2)...)
		}
		l = append(l, "", st.Faint.Render("Saves live in "+orNone(saveDir)))
	case stageLoad:
		l = append(l, st.Heading.Render("Load a saved game"), "")
		for i, s := range f.saves {
			l = append(l, cursorLine(st, i == f.loadCur, fmt.Sprintf("%-24s %-14s turn %-3d %s", s.Name, s.Scenario, s.Turn, s.Date.Long())))
		}
	case stageCampaign:
		l = append(l, st.Heading.Render("Continue a campaign"), "")
		for i, c := range f.campaigns {
			l = append(l, cursorLine(st, i == f.loadCur, filepath.Base(c)))
		}
	case stageNew:
		l = append(l, st.Heading.Render("New game"), "")
		scen := "(no scenario)"
		if f.sc != nil {
			scen = f.sc.Title + " (" + f.scens[f.scen] + ")"
		}
		codes := f.seatCodes()
		seat := ""
		if len(codes) > 0 {
			seat = codes[f.seat] + " — " + f.seatLabel(codes[f.seat])
			if slices.Contains(f.hot, codes[f.seat]) {
				seat += " [hot-seat]"
			}
		}
		l = append(l,
			cursorLine(st, f.field == 0, "Scenario  ◂ "+scen+" ▸"),
			cursorLine(st, f.field == 1, "Seat      ◂ "+seat+" ▸"),
			cursorLine(st, f.field == 2, "Seed      ◂ "+strconv.FormatUint(f.seed, 10)+" ▸"),
			"")
		if len(f.hot) > 0 {
			l = append(l, "Hot-seat, in turn order: "+st.Bold.Render(strings.Join(f.hot, ", ")))
		} else {
			l = append(l, st.Faint.Render("One player. On the seat line, space adds seats for a hot-seat game."))
		}
		l = append(l, "")
		if f.sc != nil && len(codes) > 0 {
			code := codes[f.seat]
			if sid, ok := f.sc.StateByCode(code); ok || code == game.Secretariat {
				if code == game.Secretariat {
					sid = game.StateID(len(f.sc.States))
				}
				for _, br := range f.sc.Briefs {
					if br.Seat == game.SeatID(sid) {
						l = append(l, wrap(br.Briefing, w-2)...)
					}
				}
			}
		}
		l = append(l, "", st.Faint.Render("←/→ change · ↑/↓ field · digits type the seed · enter starts · esc back"))
	}
	if f.err != "" {
		l = append(l, "")
		for _, x := range wrap(f.err, w-2) {
			l = append(l, st.Error.Render(x))
		}
	}
	return fit(l, w, h)
}

func cursorLine(st *styles, on bool, s string) string {
	if on {
		return st.Selected.Render("▸ " + s)
	}
	return "  " + s
}
