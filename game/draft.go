package game

import (
	"slices"
	"strconv"
	"strings"
)

// DraftStatus is where a draft stands.
type DraftStatus uint8

// Draft statuses.
const (
	Drafting     DraftStatus = iota // being written; only its sponsors see it change
	Tabled                          // put before the Council ("in blue")
	CalledToVote                    // will be voted in this turn's Council phase
	Adopted
	Failed
	Vetoed
	Withdrawn
)

var draftStatusNames = []string{"drafting", "tabled", "called to vote", "adopted", "failed", "vetoed", "withdrawn"}

func (s DraftStatus) String() string { return draftStatusNames[s] }

// Open reports whether the draft can still change or be voted.
func (s DraftStatus) Open() bool { return s <= CalledToVote }

// Body names where a text is voted.
const (
	BodySC = "sc"
	BodyGA = "ga"
)

// Draft is a text before the Council or the Assembly.
type Draft struct {
	ID         int           `json:"id"`
	Body       string        `json:"body"`
	Symbol     string        `json:"symbol,omitempty"` // UN symbol of a historical draft
	Historical int           `json:"historical"`       // index of the scenario's DraftDef, or -1
	Title      string        `json:"title"`
	Chapter    int           `json:"chapter"`
	Clauses    []ClauseEntry `json:"clauses"`
	Sponsors   []StateID     `json:"sponsors"`
	Status     DraftStatus   `json:"status"`
	Meeting    Date          `json:"meeting,omitempty"` // the day it is to be voted
	Threats    []StateID     `json:"threats,omitempty"` // permanent members that threatened a veto
	Amended    int           `json:"amended"`
	Absent     []StateID     `json:"absent,omitempty"`
	// Unexplained are the members that vetoed it and owe the Council
	// their reasons; Debated marks a veto the Assembly has debated.
	Unexplained []StateID `json:"unexplained,omitempty"`
	Debated     bool      `json:"debated,omitempty"`
}

func (d Draft) clone() Draft {
	d.Clauses = slices.Clone(d.Clauses)
	for i := range d.Clauses {
		d.Clauses[i].Params = slices.Clone(d.Clauses[i].Params)
	}
	d.Sponsors = slices.Clone(d.Sponsors)
	d.Threats = slices.Clone(d.Threats)
	d.Absent = slices.Clone(d.Absent)
	d.Unexplained = slices.Clone(d.Unexplained)
	return d
}

// Has reports whether the draft holds a clause.
func (d *Draft) Has(id ClauseID) bool {
	return slices.ContainsFunc(d.Clauses, func(c ClauseEntry) bool { return c.ID == id })
}

// Clause returns the draft's entry for a clause.
func (d *Draft) Clause(id ClauseID) (ClauseEntry, bool) {
	for _, c := range d.Clauses {
		if c.ID == id {
			return c, true
		}
	}
	return ClauseEntry{}, false
}

// Procedural reports whether the draft is a procedural decision, to which
// the veto does not apply: every clause is procedural.
func (d *Draft) Procedural() bool {
	if len(d.Clauses) == 0 {
		return false
	}
	for _, c := range d.Clauses {
		info, _ := LookupClause(c.ID)
		if info.Kind != KindProcedural {
			return false
		}
	}
	return true
}

// Determination returns the draft's Art. 39 determination, or "".
func (d *Draft) Determination() ClauseID {
	for _, c := range d.Clauses {
		if c.ID.IsDetermination() {
			return c.ID
		}
	}
	return ""
}

// ClauseIDs lists the draft's clause identifiers.
func (d *Draft) ClauseIDs() []ClauseID {
	ids := make([]ClauseID, len(d.Clauses))
	for i, c := range d.Clauses {
		ids[i] = c.ID
	}
	return ids
}

// Summary is a short description for lists: the title or its clauses.
func (d *Draft) Summary() string {
	if d.Title != "" {
		return d.Title
	}
	names := make([]string, len(d.Clauses))
	for i, c := range d.Clauses {
		names[i] = string(c.ID)
	}
	return strings.Join(names, ", ")
}

// Name is how the draft is called in news: its symbol or its number.
func (d *Draft) Name() string {
	if d.Symbol != "" {
		return d.Symbol
	}
	return "draft " + strconv.Itoa(d.ID)
}
