package ui

import (
	"fmt"
	"github.com/chapter-vii/chapter7/data"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/game"
)

func TestStartScreenStartsANewGame(t *testing.T) {
	m := New(Options{SaveDir: t.TempDir(), NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, m, m.Init())
	mustContain(t, m, "CHAPTER VII", "New game", "Continue the last game — none yet", "Load a saved game")
	press(t, m, "enter") // New game
	mustContain(t, m, "Scenario", "Seat", "Seed")
	press(t, m, "down") // seat line
	for i := 0; i < 40 && m.start.seatCodes()[m.start.seat] != "JOR"; i++ {
		press(t, m, "right")
	}
	mustContain(t, m, "JOR — Jordan", "Aqaba")
	press(t, m, "down", "backspace", "7", "enter")
	if m.g == nil {
		t.Fatalf("no game: %s", screen(m))
	}
	if m.g.code() != "JOR" || m.g.w.Seed != 7 {
		t.Fatalf("seat %s seed %d, want JOR 7", m.g.code(), m.g.w.Seed)
	}
	mustContain(t, m, "You are Jordan", "Keep the economy alive")
}

func TestHotSeatPassesTheKeyboardBehindAPrivacyScreen(t *testing.T) {
	m := newGame(t, "USA,IRQ", 80, 24)
	mustContain(t, m, "Pass the keyboard to United States of America — press enter")
	press(t, m, "e") // ignored behind the screen
	if m.g.w.Turn != 1 || !m.privacy {
		t.Fatal("a key behind the privacy screen acted")
	}
	press(t, m, "enter")
	pickHistorical(t, m, "S/RES/660(1990)") // a private draft of the USA
	press(t, m, "e")
	if m.g.code() != "IRQ" || !m.privacy {
		t.Fatalf("keyboard at %s, privacy %v", m.g.code(), m.privacy)
	}
	mustContain(t, m, "Pass the keyboard to Iraq")
	if strings.Contains(screen(m), "S/RES/660") {
		t.Fatal("the privacy screen shows the USA's draft")
	}
	press(t, m, "enter", "3")
	if d := m.currentDraft(); d != nil {
		t.Fatalf("Iraq sees the USA's unpublished draft %s", d.Name())
	}
	press(t, m, "e")
	if m.g.w.Turn != 2 {
		t.Fatalf("turn %d after both seats ended, want 2", m.g.w.Turn)
	}
	if m.g.code() != "USA" || !m.privacy {
		t.Fatal("the new turn does not start with the first seat behind the privacy screen")
	}
}

func TestCouncilAddingAClauseUpdatesTheWhipCountAtOnce(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	pickHistorical(t, m, "S/RES/660(1990)")
	before := m.g.Whip(m.currentDraft())
	mustContain(t, m, fmt.Sprintf("%d–%d–%d", before.Yes, before.No, before.Abstain))
	press(t, m, "c") // Chapter VII already? 660 is under VII; make sure
	if m.currentDraft().Chapter != 7 {
		press(t, m, "c")
	}
	cursorTo(t, m, game.AuthorizeForce)
	press(t, m, "space")
	d := m.currentDraft()
	if !d.Has(game.AuthorizeForce) {
		t.Fatalf("authorize-force not added: %s", m.status)
	}
	if p := d.Clauses[len(d.Clauses)-1].Param("deadline"); p == "" {
		t.Fatal("authorize-force added without a deadline")
	}
	after := m.g.Whip(d)
	if after.Yes >= before.Yes {
		t.Fatalf("authorising force on 2 August did not cost votes: %d → %d", before.Yes, after.Yes)
	}
	mustContain(t, m, fmt.Sprintf("%d–%d–%d", after.Yes, after.No, after.Abstain), "[x] Authorises all necessary means")
	press(t, m, "space") // and removing it gives them back
	if again := m.g.Whip(m.currentDraft()); again.Yes != before.Yes {
		t.Fatalf("removing the clause: %d yes, want %d", again.Yes, before.Yes)
	}
}

func TestCouncilParameterPromptSetsADeadline(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	pickHistorical(t, m, "S/RES/678(1990)")
	cursorTo(t, m, game.AuthorizeForce)
	press(t, m, "p", "ctrl+u")
	typeText(t, m, "1991-03-01")
	press(t, m, "enter")
	e, _ := m.currentDraft().Clause(game.AuthorizeForce)
	if e.Param("deadline") != "1991-03-01" {
		t.Fatalf("deadline %q: %s", e.Param("deadline"), m.status)
	}
	press(t, m, "p", "ctrl+u")
	typeText(t, m, "soon")
	press(t, m, "enter")
	if !m.bad || !strings.Contains(m.status, "YYYY-MM-DD") {
		t.Fatalf("a bad deadline was not refused in the status line: %q", m.status)
	}
}

func TestCouncilRefusalShowsInTheStatusLine(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	pickHistorical(t, m, "S/RES/661(1990)")
	press(t, m, "c") // to Chapter VI with sanctions in it
	if !m.bad || !strings.Contains(m.status, "needs Chapter VII") {
		t.Fatalf("status %q", m.status)
	}
	mustContain(t, m, "✗ S/RES/661(1990) holds")
}

func TestCallingTheVoteAndEndingTheTurnAdoptsTheResolution(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	pickHistorical(t, m, "S/RES/660(1990)")
	press(t, m, "t", "v", "enter")
	if d := m.currentDraft(); d.Status != game.CalledToVote {
		t.Fatalf("status %s: %s", d.Status, m.status)
	}
	press(t, m, "e")
	if m.g.w.Turn != 2 {
		t.Fatal("the turn did not end")
	}
	var rec *game.VoteRecord
	for i := range m.g.w.Votes {
		if m.g.w.Votes[i].Symbol == "S/RES/660(1990)" {
			rec = &m.g.w.Votes[i]
		}
	}
	if rec == nil || !rec.Adopted {
		t.Fatalf("660 not adopted: %+v", rec)
	}
	press(t, m, "3")
	mustContain(t, m, "The vote, 2 Aug 1990", "S/RES/660(1990) · adopted", "ADOPTED", "14–0–0")
	if !strings.Contains(m.status, "adopted") {
		t.Fatalf("status does not report the vote: %q", m.status)
	}
}

func TestCouncilThreatAndNewDraft(t *testing.T) {
	m := newGame(t, "CHN", 80, 24)
	press(t, m, "3")
	cursorTo(t, m, game.Condemn)
	press(t, m, "n")
	d := m.currentDraft()
	if d == nil || !d.Has(game.Condemn) || d.Sponsors[0] != mustState(t, m, "CHN") {
		t.Fatalf("new draft: %+v %s", d, m.status)
	}
	ap := m.g.w.Seats[m.g.seat()].AP
	press(t, m, "x") // China threatens to veto its own draft: allowed, and it costs
	if got := m.g.w.Seats[m.g.seat()].AP; got != ap-1 {
		t.Fatalf("AP %d after a threat, want %d (%s)", got, ap-1, m.status)
	}
	mustContain(t, m, "veto threats: CHN")
}

func mustState(t testing.TB, m *Model, code string) game.StateID {
	id, ok := m.g.w.Scenario.StateByCode(code)
	if !ok {
		t.Fatalf("no state %s", code)
	}
	return id
}

func TestDiplomacyLobbyAidPressureDeal(t *testing.T) {
	m := newGame(t, "USA", 160, 48)
	press(t, m, "4")
	mustContain(t, m, "stance", "wants", "Jordan")
	for i := 0; i < 40 && m.g.View().Code(game.StateID(m.stateCur)) != "CUB"; i++ {
		press(t, m, "down")
	}
	before := state(m, "CUB").Inclined
	press(t, m, "l")
	if state(m, "CUB").Inclined == before {
		t.Fatalf("lobbying moved nothing: %s", m.status)
	}
	press(t, m, "a", "ctrl+u")
	typeText(t, m, "300")
	press(t, m, "enter")
	if state(m, "CUB").AidDue != 300 {
		t.Fatalf("aid due %v: %s", state(m, "CUB").AidDue, m.status)
	}
	press(t, m, "p")
	if m.g.w.Seats[m.g.seat()].AP != 0 {
		t.Fatalf("AP left %d", m.g.w.Seats[m.g.seat()].AP)
	}
	press(t, m, "d") // no AP left: refused in the status line
	if !m.bad || !strings.Contains(m.status, "action points") {
		t.Fatalf("status %q", m.status)
	}
	mustContain(t, m, "AP ○○○")
}

func TestSanctionsComplyNameAndCompensate(t *testing.T) {
	m := newGame(t, "USA", 160, 48)
	pickHistorical(t, m, "S/RES/661(1990)")
	press(t, m, "t", "v", "enter", "e")
	for turn := 0; turn < 12 && len(m.g.w.Breaches) == 0; turn++ {
		press(t, m, "e")
	}
	if len(m.g.w.Breaches) == 0 {
		t.Skip("no breach in 12 turns on this seed")
	}
	press(t, m, "5")
	mustContain(t, m, "Sanctions on Iraq", "Breach reports", "unreported", "Jordan")
	b := m.g.w.Breaches[0]
	code := m.g.w.Scenario.States[b.State].Code
	ps := partners(m.g.View())
	for i := 0; i < len(ps) && ps[m.sancCur] != b.State; i++ {
		press(t, m, "down")
	}
	press(t, m, "n")
	if !m.g.w.Breaches[0].Named {
		t.Fatalf("breach by %s not named: %s", code, m.status)
	}
	mustContain(t, m, "named in the Council")
	press(t, m, "c", "ctrl+u")
	typeText(t, m, "400")
	press(t, m, "enter")
	if state(m, code).AidDue < 400 {
		t.Fatalf("no compensation: %s", m.status)
	}
}

func TestSanctionsJordanBreaksAndEnforces(t *testing.T) {
	m := newGame(t, "JOR", 80, 24)
	press(t, m, "5", "b")
	if !state(m, "JOR").Breaching {
		t.Fatalf("Jordan does not break the sanctions: %s", m.status)
	}
	mustContain(t, m, "BREAKING")
	press(t, m, "b")
	if state(m, "JOR").Breaching {
		t.Fatal("Jordan still breaks them")
	}
}

func TestForcesCommitRecallAndOffensive(t *testing.T) {
	m := newGame(t, "GBR", 80, 24)
	press(t, m, "6", "+", "ctrl+u")
	typeText(t, m, "20")
	press(t, m, "enter")
	if state(m, "GBR").Pledged != 20 {
		t.Fatalf("pledged %v: %s", state(m, "GBR").Pledged, m.status)
	}
	press(t, m, "-", "ctrl+u")
	typeText(t, m, "5")
	press(t, m, "enter")
	if state(m, "GBR").Pledged != 15 {
		t.Fatalf("pledged %v after recall: %s", state(m, "GBR").Pledged, m.status)
	}
	press(t, m, "o", "enter") // no troops in theatre yet: refused
	if !m.bad || !strings.Contains(m.status, "commit forces first") {
		t.Fatalf("status %q", m.status)
	}
	mustContain(t, m, "Your forces", "15k on the way")
}

func TestAggressorCanWithdraw(t *testing.T) {
	m := newGame(t, "IRQ", 80, 24)
	press(t, m, "6", "r")
	if m.g.w.Theatre.Hostages > 0 && m.bad {
		t.Fatalf("release refused: %s", m.status)
	}
	press(t, m, "w")
	if m.g.w.Theatre.Control != 0 {
		t.Fatalf("control %v after withdrawal: %s", m.g.w.Theatre.Control, m.status)
	}
	press(t, m, "2")
	mustContain(t, m, "withdrawn", "0% held by Iraq")
}

func TestSecretariatActions(t *testing.T) {
	m := newGame(t, "secretariat", 80, 24)
	mustContain(t, m, "You are the Secretariat", "Books balanced")
	press(t, m, "3", "r")
	if m.bad {
		t.Fatalf("referral: %s", m.status)
	}
	press(t, m, "2", "g")
	if m.g.w.GoodOffices == 0 {
		t.Fatalf("no good offices: %s", m.status)
	}
	press(t, m, "7", "a")
	if !strings.Contains(m.status, "appeals to members in arrears") {
		t.Fatalf("status %q", m.status)
	}
	press(t, m, "e", "7", "m", "ctrl+u")
	typeText(t, m, "2")
	press(t, m, "enter")
	d := m.currentDraft()
	if d == nil || !d.Has(game.PeacekeepingMission) {
		t.Fatalf("no mission draft: %s", m.status)
	}
	press(t, m, "3")
	mustContain(t, m, "Secretariat proposal")
}

func TestBudgetPayArrears(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	for i := 0; i < 3; i++ {
		press(t, m, "e")
	}
	press(t, m, "7")
	mustContain(t, m, "Assessments and arrears", "United States")
	if state(m, "USA").Arrears <= 0 {
		t.Skip("no arrears")
	}
	press(t, m, "p")
	if state(m, "USA").Arrears > 0.01 {
		t.Fatalf("arrears %v after paying: %s", state(m, "USA").Arrears, m.status)
	}
}

func TestLogFilterSearchAndScroll(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	for i := 0; i < 4; i++ {
		press(t, m, "e")
	}
	press(t, m, "8")
	mustContain(t, m, "Log — everything")
	press(t, m, "f", "f", "f", "f", "f")
	mustContain(t, m, "Log — history's events", "Iraqi forces invade Kuwait")
	press(t, m, "f", "/")
	typeText(t, m, "annex")
	press(t, m, "enter")
	s := screen(m)
	if !strings.Contains(s, `matching "annex"`) || strings.Contains(s, "invade Kuwait before dawn") {
		t.Fatalf("search did not filter:\n%s", s)
	}
	press(t, m, "/", "ctrl+u", "enter", "up", "pgup")
	if m.logOff == 0 {
		t.Fatal("the log does not scroll back")
	}
}

func TestPromptDefaultIsReplacedByTyping(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	press(t, m, "6", "+") // default 50
	typeText(t, m, "12")
	press(t, m, "enter")
	if got := state(m, "USA").Pledged; got != 12 {
		t.Fatalf("pledged %v, want 12 (typing must replace the default)", got)
	}
	press(t, m, "+", "enter") // the default as it stands
	if got := state(m, "USA").Pledged; got != 62 {
		t.Fatalf("pledged %v, want 62", got)
	}
	press(t, m, "+", "esc")
	if m.prompt != nil || m.status != "cancelled" {
		t.Fatal("esc does not cancel the prompt")
	}
}

func TestHelpAndTabs(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	press(t, m, "?")
	mustContain(t, m, "Keys", "end turn", "veto threat/reason")
	press(t, m, "pgdown")
	mustContain(t, m, "export Markdown")
	press(t, m, "esc", "tab", "tab")
	if m.tab != tabCouncil {
		t.Fatalf("tab %d", m.tab)
	}
	press(t, m, "shift+tab")
	if m.tab != tabTheatre {
		t.Fatalf("tab %d", m.tab)
	}
	mustContain(t, m, "Kuwait and the Gulf", "held by Iraq")
}

func TestSaveContinueAndLoad(t *testing.T) {
	dir := t.TempDir()
	m := New(Options{Scenario: "kuwait-1991", Seat: "USA", Seed: 3, SaveDir: dir, NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, m, m.Init())
	press(t, m, "e", "e")
	if _, err := os.Stat(filepath.Join(dir, "autosave-kuwait-1991.json")); err != nil {
		t.Fatalf("no autosave: %v", err)
	}
	press(t, m, "ctrl+s")
	typeText(t, m, "mine")
	press(t, m, "enter")
	if _, err := os.Stat(filepath.Join(dir, "mine.json")); err != nil {
		t.Fatalf("no named save: %v (%s)", err, m.status)
	}
	c := New(Options{SaveDir: dir, NoColor: true})
	c.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, c, c.Init())
	mustContain(t, c, "Continue the last game —")
	press(t, c, "down", "enter")
	if c.g == nil || c.g.w.Turn != 3 || c.g.w.Seed != 3 {
		t.Fatalf("continue: %v", c.status)
	}
	l := New(Options{SaveDir: dir, NoColor: true})
	l.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, l, l.Init())
	press(t, l, "down", "down", "enter")
	mustContain(t, l, "Load a saved game", "mine", "autosave-kuwait-1991")
	press(t, l, "enter")
	if l.g == nil {
		t.Fatalf("load: %s", l.status)
	}
	bad := filepath.Join(dir, "broken.json")
	os.WriteFile(bad, []byte(`{"format":"chapter7-save","version":99}`), 0o644)
	b := New(Options{Load: bad, SaveDir: dir, NoColor: true})
	b.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, b, b.Init())
	if b.g != nil || !strings.Contains(strings.ReplaceAll(screen(b), "\n", " "), "newer chapter7") {
		t.Fatalf("a save from a newer build was not refused clearly:\n%s", screen(b))
	}
}

func TestEverySizeRendersWithoutPanic(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	pickHistorical(t, m, "S/RES/660(1990)")
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {20, 5}, {40, 12}, {79, 24}, {80, 23}, {80, 24}, {100, 30}, {160, 48}, {300, 100}} {
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for tb := range numTabs {
			m.tab = tb
			s := screen(m)
			lines := strings.Split(s, "\n")
			if sz[0] >= minWidth && sz[1] >= minHeight {
				if len(lines) != sz[1] {
					t.Fatalf("%v tab %d: %d lines", sz, tb, len(lines))
				}
				for _, l := range lines {
					if w := len([]rune(l)); w > sz[0] {
						t.Fatalf("%v tab %d: line of %d cells: %q", sz, tb, w, l)
					}
				}
			} else if sz[0] >= 20 && !strings.Contains(strings.ReplaceAll(s, "\n", " "), "at least") {
				t.Fatalf("%v: no size message:\n%s", sz, s)
			}
		}
	}
}

func TestKeysWaitWhileTheTerminalIsTooSmall(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	press(t, m, "3", "n", "e")
	if m.tab != tabBrief || len(m.g.w.Drafts) != 0 || m.g.w.Turn != 1 {
		t.Fatal("keys acted behind the size message")
	}
	mustContain(t, m, "at least 80×24", "60×20")
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(t, m, "3")
	if m.tab != tabCouncil {
		t.Fatal("keys do not work again after the terminal grew")
	}
}

func TestUnitingForPeaceNeedsABlockedCouncil(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	press(t, m, "3", "u")
	if !m.bad || !strings.Contains(m.status, "Uniting for Peace needs a vetoed or failed text") {
		t.Fatalf("status %q", m.status)
	}
}

func TestStylesFollowTheTerminalBackground(t *testing.T) {
	m := New(Options{})
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	if m.st.dark {
		t.Fatal("a white background gave the dark style sheet")
	}
	m.Update(tea.BackgroundColorMsg{Color: color.Black})
	if !m.st.dark {
		t.Fatal("a black background gave the light style sheet")
	}
}

func TestTheVoteIsShownSeatBySeat(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	pickHistorical(t, m, "S/RES/678(1990)") // all necessary means, on 2 August
	for _, id := range []game.ClauseID{game.NoFlyZone, game.TribunalReferral, game.Disarmament} {
		cursorTo(t, m, id)
		press(t, m, "space")
	}
	wc := m.g.Whip(m.currentDraft())
	press(t, m, "t", "v", "enter", "e", "3")
	rec := m.g.w.Votes[len(m.g.w.Votes)-1]
	switch {
	case len(rec.VetoedBy) > 0:
		mustContain(t, m, "VETO", "VETOED")
	case !rec.Adopted:
		mustContain(t, m, "NOT ADOPTED")
		if strings.Contains(screen(m), "VETO") {
			t.Fatalf("a draft that lacked the votes is shown as vetoed:\n%s", screen(m))
		}
	default:
		mustContain(t, m, "ADOPTED")
	}
	if len(wc.Vetoes) > 0 && len(rec.VetoedBy) == 0 {
		t.Logf("predicted vetoes %v did not come", wc.Vetoes)
	}
	t.Logf("predicted %d–%d–%d vetoes %d; voted %d–%d–%d vetoed by %d", wc.Yes, wc.No, wc.Abstain, len(wc.Vetoes), rec.Yes, rec.No, rec.Abstain, len(rec.VetoedBy))
}

// A permanent member that vetoed a text explains it from the Council
// screen: x opens the grounds, enter puts the chosen one on the record.
func TestExplainVetoFromCouncil(t *testing.T) {
	m := newGame(t, "CHN", 160, 48)
	w := m.g.w
	chn, _ := w.Scenario.StateByCode("CHN")
	usa, _ := w.Scenario.StateByCode("USA")
	id := len(w.Drafts) + 1
	w.Drafts = append(w.Drafts, game.Draft{ID: id, Body: game.BodySC, Historical: -1, Chapter: 7,
		Clauses: []game.ClauseEntry{{ID: game.AuthorizeForce}}, Sponsors: []game.StateID{usa},
		Status: game.Vetoed, Meeting: w.Date, Unexplained: []game.StateID{chn}})
	w.Votes = append(w.Votes, game.VoteRecord{Date: w.Date, Body: game.BodySC, Draft: id, VetoedBy: []game.StateID{chn}})
	press(t, m, "3", "x")
	if m.picker == nil || !strings.Contains(m.picker.title, fmt.Sprintf("Explain your veto of draft %d", id)) {
		t.Fatalf("x after a veto should offer its grounds: %+v, %s", m.picker, m.status)
	}
	press(t, m, "down", "down", "enter")
	ev := m.g.w.Events[len(m.g.w.Events)-1].Text
	if ev != fmt.Sprintf("China explains its veto of draft %d: the text opens the way to the use of force", id) {
		t.Errorf("last event %q", ev)
	}
	if len(m.g.w.OwedExplanations(chn)) != 0 {
		t.Error("the explanation should settle what China owed")
	}
}

// The log reads in date order, whatever order the engine told events in
// (a vote on the meeting day before a threat made at the turn's end).
func TestLogInDateOrder(t *testing.T) {
	m := newGame(t, "secretariat", 160, 200)
	for range 6 {
		press(t, m, "e")
	}
	press(t, m, "8")
	var last time.Time
	n := 0
	for _, l := range strings.Split(screen(m), "\n") {
		if len(l) < 11 {
			continue
		}
		d, err := time.Parse("2 Jan 2006", strings.TrimSpace(l[:11]))
		if err != nil {
			continue
		}
		n++
		if d.Before(last) {
			t.Fatalf("the log goes back in time at %q", l)
		}
		last = d
	}
	if n < 10 {
		t.Fatalf("only %d dated lines in the log:\n%s", n, screen(m))
	}
}

// G opens the glossary from every screen, and from the start screen.
func TestGlossaryFromEveryScreen(t *testing.T) {
	m := newGame(t, "USA", 80, 24)
	for _, tab := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
		press(t, m, tab, "G")
		mustContain(t, m, "Glossary", "The four conditions", "Source:")
		press(t, m, "esc")
		if m.showHelp {
			t.Fatalf("esc should close the glossary on screen %s", tab)
		}
	}
	s := New(Options{SaveDir: t.TempDir(), NoColor: true})
	s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, s, s.Init())
	press(t, s, "G")
	mustContain(t, s, "Glossary", "The four conditions")
}

// The tutorial's lesson stands above every screen and moves on when it is
// done: drafting a condemnation opens the second lesson.
func TestTutorialLessonOnScreen(t *testing.T) {
	m := New(Options{Scenario: "tutorial", Seat: "XPA", Seed: 1, SaveDir: t.TempDir(), NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, m, m.Init())
	if m.g == nil {
		t.Fatalf("the tutorial did not start: %s", m.status)
	}
	for _, tab := range []string{"1", "5", "3"} {
		press(t, m, tab)
		mustContain(t, m, "Lesson 1/7 · Name the wrong", "Why: Collective security starts")
	}
	cursorTo(t, m, game.Condemn)
	press(t, m, "n")
	mustContain(t, m, "Lesson 2/7 · Determine, under Chapter VII")
}

// A campaign continues from the start screen, and N moves on from a
// finished crisis to the next, begun from what the last one handed on.
func TestCampaignFromStartScreen(t *testing.T) {
	dir := t.TempDir()
	path := data.CampaignPath(dir, "historical")
	c := &data.CampaignFile{Kind: "historical", Seat: "USA", Seed: 2, Chain: []string{"kuwait-1991", "kosovo-1999"}}
	if err := data.WriteCampaign(path, c); err != nil {
		t.Fatal(err)
	}
	save, err := data.CampaignGame(path, c)
	if err != nil {
		t.Fatal(err)
	}
	w, _, err := data.ReadSave(save)
	if err != nil {
		t.Fatal(err)
	}
	if err := data.WriteSave(save, game.MakeSave(game.RunToEnd(w))); err != nil {
		t.Fatal(err)
	}
	m := New(Options{SaveDir: dir, NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(t, m, m.Init())
	mustContain(t, m, "Continue a campaign (1)")
	press(t, m, "down", "down", "down", "enter")
	if m.g == nil || m.g.w.Scenario.ID != "kuwait-1991" || !m.g.w.Over {
		t.Fatalf("the campaign's finished first crisis should open: %s", m.status)
	}
	mustContain(t, m, "N for the next crisis")
	press(t, m, "N")
	if m.g.w.Scenario.ID != "kosovo-1999" || m.g.w.Carry == nil || !strings.HasSuffix(m.opt.AutosavePath, "campaign-historical-2.json") {
		t.Fatalf("N should open Kosovo with the Gulf's carry: %s, autosave %s", m.g.w.Scenario.ID, m.opt.AutosavePath)
	}
	mustContain(t, m, "From kuwait-1991")
}
