package game

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func (w *World) draftFor(id int) (*Draft, error) {
	for i := range w.Drafts {
		if w.Drafts[i].ID == id {
			return &w.Drafts[i], nil
		}
	}
	return nil, refuse(ErrUnknownDraft, "no draft %d", id)
}

// seatState returns the state a seat plays, refusing the Secretariat.
func (w *World) seatState(seat SeatID, what CommandKind) (StateID, error) {
	if int(seat) >= w.N() {
		return NoState, refuse(ErrNotAllowed, "the Secretariat cannot %s: it has no vote, no veto and no army", what)
	}
	return StateID(seat), nil
}

func (w *World) stateByCode(code string) (StateID, error) {
	id, ok := w.Scenario.StateByCode(code)
	if !ok {
		return NoState, refuse(ErrUnknownState, "unknown state %q in this scenario", code)
	}
	return id, nil
}

// openDraftOf returns a draft the seat sponsors that is still open.
func (w *World) openDraftOf(seat SeatID, id int) (*Draft, error) {
	d, err := w.draftFor(id)
	if err != nil {
		return nil, err
	}
	if !d.Status.Open() {
		return nil, refuse(ErrDraftClosed, "%s is %s", d.Name(), d.Status)
	}
	if !w.mayEdit(seat, d) {
		return nil, refuse(ErrNotSponsor, "only a sponsor of %s may change it", d.Name())
	}
	return d, nil
}

// mayEdit: sponsors edit their drafts; the Secretariat edits its proposals.
func (w *World) mayEdit(seat SeatID, d *Draft) bool {
	if seat == w.SecretariatSeat() {
		return len(d.Sponsors) == 0
	}
	return slices.Contains(d.Sponsors, StateID(seat))
}

func checkClause(c ClauseEntry, chapter int) error {
	info, ok := LookupClause(c.ID)
	if !ok {
		return refuse(ErrUnknownClause, "unknown clause %q: use one of %s", c.ID, ValidClauseIDs())
	}
	if info.ChapterVII && chapter != 7 {
		return refuse(ErrChapterVI, "%s needs a Chapter VII draft (Art. %s); set the chapter to 7 first", c.ID, info.Article)
	}
	for _, p := range c.Params {
		if err := checkParam(info, p.Name, p.Value); err != nil {
			return err
		}
	}
	return nil
}

func checkParam(info ClauseInfo, name, value string) error {
	if !slices.Contains(info.Params, name) {
		if len(info.Params) == 0 {
			return refuse(ErrBadParam, "%s takes no parameters", info.ID)
		}
		return refuse(ErrBadParam, "%s has no parameter %q: use %s", info.ID, name, strings.Join(info.Params, ", "))
	}
	switch name {
	case "deadline":
		if _, err := ParseDate(value); err != nil {
			return refuse(ErrBadParam, "deadline %q is not a date: write it as YYYY-MM-DD", value)
		}
	case "troops", "budget":
		if v, err := strconv.ParseFloat(value, 64); err != nil || v < 0 || v > 1e6 {
			return refuse(ErrBadParam, "%s %q is not a number from 0 to 1000000", name, value)
		}
	case "goods":
		for _, g := range strings.Split(value, ",") {
			if !slices.Contains([]string{"oil", "arms", "food", "luxury", "diamonds", "timber", "finance"}, strings.TrimSpace(g)) {
				return refuse(ErrBadParam, "goods %q: list some of oil, arms, food, luxury, diamonds, timber, finance", g)
			}
		}
	}
	return nil
}

func cmdDraft(w *World, seat SeatID, cmd *Command) error {
	d := Draft{ID: len(w.Drafts) + 1, Body: BodySC, Historical: -1, Chapter: cmd.Chapter, Status: Drafting}
	if cmd.Symbol != "" {
		i := slices.IndexFunc(w.Scenario.Drafts, func(h DraftDef) bool { return h.Symbol == cmd.Symbol })
		if i < 0 {
			return refuse(ErrUnknownDraft, "no historical draft %q in this scenario", cmd.Symbol)
		}
		h := &w.Scenario.Drafts[i]
		if w.Tabled[i] {
			return refuse(ErrNotAllowed, "%s has already been circulated in this game", h.Symbol)
		}
		w.Tabled[i] = true
		d.Symbol, d.Historical, d.Title, d.Chapter = h.Symbol, i, h.Title, h.Chapter
		d.Clauses = slices.Clone(h.Clauses)
		d.Absent = slices.Clone(h.Absent)
	} else {
		d.Clauses = slices.Clone(cmd.Clauses)
		d.Title = cmd.Text
		if d.Title == "" {
			d.Title = autoTitle(d.Clauses)
		}
	}
	if d.Chapter == 0 {
		d.Chapter = 6
		for _, c := range d.Clauses {
			if info, ok := LookupClause(c.ID); ok && info.ChapterVII {
				d.Chapter = 7
			}
		}
	}
	if d.Chapter != 6 && d.Chapter != 7 {
		return refuse(ErrBadParam, "chapter %d: a draft is under Chapter 6 or 7", d.Chapter)
	}
	seen := map[ClauseID]bool{}
	for _, c := range d.Clauses {
		if err := checkClause(c, d.Chapter); err != nil {
			return err
		}
		if seen[c.ID] {
			return refuse(ErrBadParam, "clause %s appears twice", c.ID)
		}
		seen[c.ID] = true
	}
	if len(d.Clauses) == 0 {
		return refuse(ErrBadParam, "a draft needs at least one clause")
	}
	if seat != w.SecretariatSeat() {
		d.Sponsors = []StateID{StateID(seat)}
		if d.Historical >= 0 {
			for _, s := range w.Scenario.Drafts[d.Historical].Sponsors {
				if s != StateID(seat) {
					d.Sponsors = append(d.Sponsors, s)
				}
			}
		}
	}
	w.Drafts = append(w.Drafts, d)
	who := w.SeatCode(seat)
	actors := []StateID{}
	if int(seat) < w.N() {
		who = w.Def(StateID(seat)).Name
		actors = append(actors, StateID(seat))
	}
	w.emit(EvDraft, fmt.Sprintf("%s circulates %s: %s", who, w.Drafts[len(w.Drafts)-1].Name(), d.Summary()), actors...)
	return nil
}

// autoTitle names a draft after its first operative clauses.
func autoTitle(cs []ClauseEntry) string {
	var parts []string
	for _, c := range cs {
		if info, ok := LookupClause(c.ID); ok && !c.ID.IsDetermination() {
			parts = append(parts, info.Name)
		}
	}
	if len(parts) == 0 && len(cs) > 0 {
		info, _ := LookupClause(cs[0].ID)
		parts = append(parts, info.Name)
	}
	if len(parts) > 2 {
		parts = append(parts[:2], "…")
	}
	return strings.Join(parts, "; ")
}

// LastDraft returns the newest draft's id, or 0.
func (w *World) LastDraft() int {
	if len(w.Drafts) == 0 {
		return 0
	}
	return w.Drafts[len(w.Drafts)-1].ID
}

func (w *World) amended(d *Draft) {
	if d.Status != Drafting {
		d.Amended++
	}
}

func cmdAddClause(w *World, seat SeatID, cmd *Command) error {
	d, err := w.openDraftOf(seat, cmd.Draft)
	if err != nil {
		return err
	}
	c := ClauseEntry{ID: cmd.Clause}
	if cmd.Param != "" {
		c.Params = []Param{{Name: cmd.Param, Value: cmd.Value}}
	}
	if err := checkClause(c, d.Chapter); err != nil {
		return err
	}
	if d.Has(c.ID) {
		return refuse(ErrBadParam, "%s already holds %s", d.Name(), c.ID)
	}
	if c.ID.IsDetermination() {
		// A draft makes at most one Art. 39 determination.
		d.Clauses = slices.DeleteFunc(d.Clauses, func(e ClauseEntry) bool { return e.ID.IsDetermination() })
	}
	d.Clauses = append(d.Clauses, c)
	w.amended(d)
	return nil
}

func cmdRemoveClause(w *World, seat SeatID, cmd *Command) error {
	d, err := w.openDraftOf(seat, cmd.Draft)
	if err != nil {
		return err
	}
	if !d.Has(cmd.Clause) {
		return refuse(ErrBadParam, "%s holds no clause %s", d.Name(), cmd.Clause)
	}
	if len(d.Clauses) == 1 {
		return refuse(ErrBadParam, "%s needs at least one clause; withdraw it instead", d.Name())
	}
	d.Clauses = slices.DeleteFunc(d.Clauses, func(e ClauseEntry) bool { return e.ID == cmd.Clause })
	w.amended(d)
	return nil
}

func cmdSetParam(w *World, seat SeatID, cmd *Command) error {
	d, err := w.openDraftOf(seat, cmd.Draft)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(d.Clauses, func(e ClauseEntry) bool { return e.ID == cmd.Clause })
	if i < 0 {
		return refuse(ErrBadParam, "%s holds no clause %s", d.Name(), cmd.Clause)
	}
	info, _ := LookupClause(cmd.Clause)
	if err := checkParam(info, cmd.Param, cmd.Value); err != nil {
		return err
	}
	c := &d.Clauses[i]
	j := slices.IndexFunc(c.Params, func(p Param) bool { return p.Name == cmd.Param })
	if j < 0 {
		c.Params = append(c.Params, Param{Name: cmd.Param, Value: cmd.Value})
	} else {
		c.Params[j].Value = cmd.Value
	}
	w.amended(d)
	return nil
}

func cmdSetChapter(w *World, seat SeatID, cmd *Command) error {
	d, err := w.openDraftOf(seat, cmd.Draft)
	if err != nil {
		return err
	}
	if cmd.Chapter != 6 && cmd.Chapter != 7 {
		return refuse(ErrBadParam, "chapter %d: a draft is under Chapter 6 or 7", cmd.Chapter)
	}
	if cmd.Chapter == 6 {
		for _, c := range d.Clauses {
			if info, _ := LookupClause(c.ID); info.ChapterVII {
				return refuse(ErrChapterVI, "%s holds %s, which needs Chapter VII; remove it first", d.Name(), c.ID)
			}
		}
	}
	d.Chapter = cmd.Chapter
	w.amended(d)
	return nil
}

func cmdCosponsor(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	d, err := w.draftFor(cmd.Draft)
	if err != nil {
		return err
	}
	if !d.Status.Open() {
		return refuse(ErrDraftClosed, "%s is %s", d.Name(), d.Status)
	}
	if slices.Contains(d.Sponsors, s) {
		return refuse(ErrNotAllowed, "%s already sponsors %s", w.Code(s), d.Name())
	}
	d.Sponsors = append(d.Sponsors, s)
	w.emit(EvDraft, fmt.Sprintf("%s co-sponsors %s", w.Def(s).Name, d.Name()), s)
	return nil
}

func cmdTable(w *World, seat SeatID, cmd *Command) error {
	d, err := w.draftFor(cmd.Draft)
	if err != nil {
		return err
	}
	if d.Status != Drafting {
		return refuse(ErrDraftClosed, "%s is already %s", d.Name(), d.Status)
	}
	if !w.mayEdit(seat, d) {
		return refuse(ErrNotSponsor, "only a sponsor may table %s", d.Name())
	}
	if len(d.Sponsors) == 0 {
		return refuse(ErrNotSponsor, "%s needs a sponsoring member state before it can be tabled", d.Name())
	}
	d.Status = Tabled
	w.emit(EvDraft, fmt.Sprintf("%s is put in blue: %s", d.Name(), d.Summary()), d.Sponsors[0])
	return nil
}

func cmdCallVote(w *World, seat SeatID, cmd *Command) error {
	d, err := w.draftFor(cmd.Draft)
	if err != nil {
		return err
	}
	if d.Status != Tabled {
		return refuse(ErrDraftClosed, "%s must be tabled before a vote (it is %s)", d.Name(), d.Status)
	}
	if !w.mayEdit(seat, d) && !w.Scenario.OnCouncil(StateID(seat), w.Date) {
		return refuse(ErrNotOnCouncil, "only a sponsor or a Council member may ask for a vote on %s", d.Name())
	}
	d.Status = CalledToVote
	d.Meeting = w.now() // the turn's first day, or its last when asked at the end of the turn
	if cmd.Date >= w.Date && cmd.Date <= w.TurnEnd() {
		d.Meeting = cmd.Date
	}
	return nil
}

func cmdWithdrawDraft(w *World, seat SeatID, cmd *Command) error {
	d, err := w.openDraftOf(seat, cmd.Draft)
	if err != nil {
		return err
	}
	d.Status = Withdrawn
	w.emit(EvDraft, d.Name()+" is withdrawn by its sponsors")
	return nil
}

func cmdThreatenVeto(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	if !w.Def(s).Permanent || !w.Scenario.OnCouncil(s, w.Date) {
		return refuse(ErrNotPermanent, "only a permanent member can threaten a veto")
	}
	d, err := w.draftFor(cmd.Draft)
	if err != nil {
		return err
	}
	if !d.Status.Open() {
		return refuse(ErrDraftClosed, "%s is %s", d.Name(), d.Status)
	}
	if slices.Contains(d.Threats, s) {
		return refuse(ErrNotAllowed, "%s has already threatened to veto %s", w.Code(s), d.Name())
	}
	d.Threats = append(d.Threats, s)
	// A threat costs less than a veto, but it still costs.
	w.States[s].Legitimacy = clamp(w.States[s].Legitimacy-1, 0, 100)
	for _, sp := range d.Sponsors {
		w.moveRel(sp, s, -3)
	}
	w.Authority = clamp(w.Authority-1, 0, 100)
	w.emit(EvThreat, fmt.Sprintf("%s lets it be known that it will veto %s as it stands", w.Def(s).Name, d.Name()), s)
	return nil
}

// DraftByID returns a draft by its number.
func (w *World) DraftByID(id int) (*Draft, error) { return w.draftFor(id) }
