package game

import (
	"errors"
	"fmt"
)

// CommandKind names a command.
type CommandKind string

// Commands. Each costs action points (see Cost) and is open to the seats
// that Apply allows.
const (
	CmdEndTurn        CommandKind = "end-turn"         // this seat is done for the turn
	CmdAdvance        CommandKind = "advance"          // the chair ends the turn for every seat
	CmdSetHuman       CommandKind = "set-human"        // the chair hands a seat to a person (Value "human") or the engine
	CmdInject         CommandKind = "inject"           // the chair fires a scripted event (Symbol: its id) or tells news of its own (Text)
	CmdDraft          CommandKind = "draft"            // start a draft (Clauses, Chapter; Symbol for a historical text)
	CmdAddClause      CommandKind = "add-clause"       // Draft, Clause
	CmdRemoveClause   CommandKind = "remove-clause"    // Draft, Clause
	CmdSetParam       CommandKind = "set-param"        // Draft, Clause, Param, Value
	CmdSetChapter     CommandKind = "set-chapter"      // Draft, Chapter
	CmdCosponsor      CommandKind = "cosponsor"        // Draft
	CmdTable          CommandKind = "table"            // Draft
	CmdCallVote       CommandKind = "call-vote"        // Draft (Date: the meeting, within the turn)
	CmdWithdrawDraft  CommandKind = "withdraw-draft"   // Draft
	CmdThreatenVeto   CommandKind = "threaten-veto"    // Draft
	CmdExplainVeto    CommandKind = "explain-veto"     // Draft (0: the latest), Value: a VetoGrounds id
	CmdLobby          CommandKind = "lobby"            // Target (Draft optional)
	CmdPromiseAid     CommandKind = "promise-aid"      // Target, Amount (millions)
	CmdPressure       CommandKind = "pressure"         // Target
	CmdSideDeal       CommandKind = "side-deal"        // Target: a vote for a concession
	CmdCommitForces   CommandKind = "commit-forces"    // Amount (thousands)
	CmdRecallForces   CommandKind = "recall-forces"    // Amount
	CmdOffensive      CommandKind = "offensive"        // Value: "sc", "art51", "regional", "unilateral"
	CmdWithdraw       CommandKind = "withdraw"         // an aggressor pulls out of the territory
	CmdReleaseHostage CommandKind = "release-hostages" // an aggressor lets foreign nationals go
	CmdAcceptTerms    CommandKind = "accept-terms"     // an aggressor that has withdrawn accepts the Council's cease-fire terms
	CmdOpposeForce    CommandKind = "oppose-force"     // Value "yes" or "no": declare opposition to force without the Council
	CmdComply         CommandKind = "comply"           // Value "yes" or "no": enforce the sanctions at one's borders
	CmdNameBreach     CommandKind = "name-breach"      // Target: name and shame a sanctions breaker
	CmdCompensate     CommandKind = "compensate"       // Target, Amount: Art. 50 help for a state hurt by sanctions
	CmdPayDues        CommandKind = "pay-dues"         // Amount (millions; 0 pays all arrears)
	CmdWithholdDues   CommandKind = "withhold-dues"    // stop paying this year
	CmdRefer          CommandKind = "refer"            // Secretariat: Art. 99, bring the matter to the Council
	CmdGoodOffices    CommandKind = "good-offices"     // Secretariat: an envoy to the parties
	CmdFactFinding    CommandKind = "fact-finding"     // Secretariat: a mission that establishes the facts
	CmdAppeal         CommandKind = "appeal"           // Secretariat: Value "humanitarian" or "dues"
	CmdProposeMission CommandKind = "propose-mission"  // Secretariat: Amount troops (thousands), Value "civil-administration" for a civil presence too; drafts a mission
	CmdMessage        CommandKind = "message"          // Target (a seat) or "" for a public statement; Text
	CmdRequestSession CommandKind = "request-session"  // ask the members for an emergency special session of the Assembly
)

// Command is what a seat asks of the world. Commands are the whole log of a
// game: with the scenario and the seed they replay it exactly.
type Command struct {
	Seat    string        `json:"seat"`
	Kind    CommandKind   `json:"kind"`
	Draft   int           `json:"draft,omitempty"`
	Clause  ClauseID      `json:"clause,omitempty"`
	Clauses []ClauseEntry `json:"clauses,omitempty"`
	Chapter int           `json:"chapter,omitempty"`
	Symbol  string        `json:"symbol,omitempty"`
	Param   string        `json:"param,omitempty"`
	Value   string        `json:"value,omitempty"`
	Target  string        `json:"target,omitempty"`
	Amount  float64       `json:"amount,omitempty"`
	Date    Date          `json:"date,omitempty"`
	Text    string        `json:"text,omitempty"`
}

// Chair is the seat that runs the game's clock: the instructor, the
// hot-seat driver, or a headless simulation.
const Chair = "chair"

// APPerTurn is the action points a seat gets each turn.
const APPerTurn = 3

// Cost returns the action points a command costs.
func Cost(k CommandKind) int {
	switch k {
	case CmdEndTurn, CmdAdvance, CmdSetHuman, CmdInject, CmdComply, CmdTable, CmdCallVote, CmdOpposeForce, CmdPayDues, CmdWithholdDues,
		CmdAddClause, CmdRemoveClause, CmdSetParam, CmdSetChapter, CmdMessage, CmdWithdrawDraft, CmdExplainVeto:
		return 0
	case CmdSideDeal, CmdFactFinding, CmdRequestSession:
		return 2
	}
	return 1
}

// Reason says why a command was refused.
type Reason uint8

// Reasons for refusal.
const (
	ReasonGameOver Reason = iota + 1
	ReasonUnknownSeat
	ReasonEngineSeat
	ReasonTurnEnded
	ReasonNoActionPoints
	ReasonUnknownCommand
	ReasonUnknownDraft
	ReasonNotSponsor
	ReasonDraftClosed
	ReasonChapterVI
	ReasonNotPermanent
	ReasonNotOnCouncil
	ReasonUnknownState
	ReasonUnknownClause
	ReasonBadParam
	ReasonNotAllowed
	ReasonNoForces
	ReasonNotSecretariat
)

// Refusal is a typed error: why a command was refused.
type Refusal struct {
	Reason Reason
	Msg    string
}

func (r *Refusal) Error() string { return r.Msg }

// Is matches refusals by reason, so errors.Is(err, ErrNoActionPoints) works.
func (r *Refusal) Is(target error) bool {
	t, ok := target.(*Refusal)
	return ok && t.Reason == r.Reason
}

// Sentinel refusals for errors.Is.
var (
	ErrGameOver       = &Refusal{Reason: ReasonGameOver, Msg: "the game is over"}
	ErrUnknownSeat    = &Refusal{Reason: ReasonUnknownSeat, Msg: "unknown seat"}
	ErrEngineSeat     = &Refusal{Reason: ReasonEngineSeat, Msg: "that seat is played by the engine"}
	ErrTurnEnded      = &Refusal{Reason: ReasonTurnEnded, Msg: "this seat has ended its turn"}
	ErrNoActionPoints = &Refusal{Reason: ReasonNoActionPoints, Msg: "no action points left this turn"}
	ErrUnknownCommand = &Refusal{Reason: ReasonUnknownCommand, Msg: "unknown command"}
	ErrUnknownDraft   = &Refusal{Reason: ReasonUnknownDraft, Msg: "no such draft"}
	ErrNotSponsor     = &Refusal{Reason: ReasonNotSponsor, Msg: "only a sponsor may do that"}
	ErrDraftClosed    = &Refusal{Reason: ReasonDraftClosed, Msg: "the draft is no longer open"}
	ErrChapterVI      = &Refusal{Reason: ReasonChapterVI, Msg: "clause needs a Chapter VII draft"}
	ErrNotPermanent   = &Refusal{Reason: ReasonNotPermanent, Msg: "only a permanent member may do that"}
	ErrNotOnCouncil   = &Refusal{Reason: ReasonNotOnCouncil, Msg: "only a Council member may do that"}
	ErrUnknownState   = &Refusal{Reason: ReasonUnknownState, Msg: "unknown state"}
	ErrUnknownClause  = &Refusal{Reason: ReasonUnknownClause, Msg: "unknown clause"}
	ErrBadParam       = &Refusal{Reason: ReasonBadParam, Msg: "bad parameter"}
	ErrNotAllowed     = &Refusal{Reason: ReasonNotAllowed, Msg: "not allowed now"}
	ErrNoForces       = &Refusal{Reason: ReasonNoForces, Msg: "not enough forces"}
	ErrNotSecretariat = &Refusal{Reason: ReasonNotSecretariat, Msg: "only the Secretariat may do that"}
)

func refuse(base *Refusal, format string, args ...any) error {
	return &Refusal{Reason: base.Reason, Msg: fmt.Sprintf(format, args...)}
}

// Apply is the one entry point for change: it applies a command for a seat
// and returns the new world and the events the command caused. A refused
// command returns the old world, no events and a *Refusal saying why.
func Apply(w *World, cmd Command) (*World, []Event, error) {
	if w.Over {
		return w, nil, ErrGameOver
	}
	nw := w.Clone()
	mark := len(nw.Events)
	if err := nw.execHuman(cmd); err != nil {
		return w, nil, err
	}
	nw.Log = append(nw.Log, cmd)
	return nw, nw.Events[mark:], nil
}

// execHuman checks that the command comes from a seat a person holds (or
// the chair) and runs it.
func (w *World) execHuman(cmd Command) error {
	switch cmd.Kind {
	case CmdAdvance:
		if cmd.Seat != Chair {
			return refuse(ErrNotAllowed, "only the chair advances the turn; a seat ends its own turn with %s", CmdEndTurn)
		}
		w.advance()
		return nil
	case CmdInject:
		if cmd.Seat != Chair {
			return refuse(ErrNotAllowed, "only the chair injects events")
		}
		return w.inject(cmd)
	case CmdSetHuman:
		if cmd.Seat != Chair {
			return refuse(ErrNotAllowed, "only the chair hands seats to people or to the engine")
		}
		s, ok := w.SeatByCode(cmd.Target)
		if !ok {
			return refuse(ErrUnknownSeat, "unknown seat %q", cmd.Target)
		}
		wasHuman := w.Seats[s].Human
		w.Seats[s].Human = cmd.Value == "human"
		if wasHuman && !w.Seats[s].Human && !w.Seats[s].Done {
			w.actFor(s) // the engine plays what is left of the seat's turn
		}
		if wasHuman && !w.Seats[s].Human && w.allHumansDone() && w.anyHuman() {
			w.advance() // the seat handed over was the last one the turn waited for
		}
		return nil
	}
	seat, ok := w.SeatByCode(cmd.Seat)
	if !ok {
		return refuse(ErrUnknownSeat, "unknown seat %q: use a state code of the scenario or %q", cmd.Seat, Secretariat)
	}
	if !w.Seats[seat].Human {
		return refuse(ErrEngineSeat, "seat %s is played by the engine", cmd.Seat)
	}
	if w.Seats[seat].Done {
		return refuse(ErrTurnEnded, "%s has ended its turn; wait for the next", cmd.Seat)
	}
	if err := w.exec(seat, cmd); err != nil {
		return err
	}
	if cmd.Kind == CmdEndTurn && w.allHumansDone() {
		w.advance()
	}
	return nil
}

func (w *World) allHumansDone() bool {
	for _, s := range w.Seats {
		if s.Human && !s.Done {
			return false
		}
	}
	return true
}

// exec runs a command for a seat, human or engine: the rules are the same.
func (w *World) exec(seat SeatID, cmd Command) error {
	cost := Cost(cmd.Kind)
	if w.Seats[seat].AP < cost {
		return refuse(ErrNoActionPoints, "%s needs %d action points; %s has %d left this turn", cmd.Kind, cost, w.SeatCode(seat), w.Seats[seat].AP)
	}
	h, ok := handlers[cmd.Kind]
	if !ok {
		return refuse(ErrUnknownCommand, "unknown command %q", cmd.Kind)
	}
	if err := h(w, seat, &cmd); err != nil {
		return err
	}
	w.Seats[seat].AP -= cost
	return nil
}

type handler func(w *World, seat SeatID, cmd *Command) error

var handlers map[CommandKind]handler

func init() {
	handlers = map[CommandKind]handler{
		CmdEndTurn:        func(w *World, s SeatID, _ *Command) error { w.Seats[s].Done = true; return nil },
		CmdDraft:          cmdDraft,
		CmdAddClause:      cmdAddClause,
		CmdRemoveClause:   cmdRemoveClause,
		CmdSetParam:       cmdSetParam,
		CmdSetChapter:     cmdSetChapter,
		CmdCosponsor:      cmdCosponsor,
		CmdTable:          cmdTable,
		CmdCallVote:       cmdCallVote,
		CmdWithdrawDraft:  cmdWithdrawDraft,
		CmdThreatenVeto:   cmdThreatenVeto,
		CmdExplainVeto:    cmdExplainVeto,
		CmdLobby:          cmdLobby,
		CmdPromiseAid:     cmdPromiseAid,
		CmdPressure:       cmdPressure,
		CmdSideDeal:       cmdSideDeal,
		CmdCommitForces:   cmdCommitForces,
		CmdRecallForces:   cmdRecallForces,
		CmdOffensive:      cmdOffensive,
		CmdWithdraw:       cmdWithdraw,
		CmdReleaseHostage: cmdReleaseHostages,
		CmdAcceptTerms:    cmdAcceptTerms,
		CmdOpposeForce:    cmdOpposeForce,
		CmdComply:         cmdComply,
		CmdNameBreach:     cmdNameBreach,
		CmdCompensate:     cmdCompensate,
		CmdPayDues:        cmdPayDues,
		CmdWithholdDues:   cmdWithholdDues,
		CmdRefer:          cmdRefer,
		CmdGoodOffices:    cmdGoodOffices,
		CmdFactFinding:    cmdFactFinding,
		CmdAppeal:         cmdAppeal,
		CmdProposeMission: cmdProposeMission,
		CmdMessage:        cmdMessage,
		CmdRequestSession: cmdRequestSession,
	}
}

// IsRefusal reports whether err is a refusal of the rules (not a bug).
func IsRefusal(err error) bool {
	var r *Refusal
	return errors.As(err, &r)
}
