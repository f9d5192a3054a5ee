package game

import "slices"

// The tutorial (issue #7): a short crisis that teaches by playing. Each
// step says what to do and, in one sentence, why it matters for collective
// security; the step is done when the world shows it was done, and the
// next one opens. The scenario marks itself a tutorial (tutorial = true).

// TutorialStep is one lesson.
type TutorialStep struct {
	Title string
	Do    string // what to do, with the keys
	Plain string // what to do, in plain mode's menus
	Why   string // why it matters, in one sentence
	done  func(w *World, seat SeatID) bool
}

// TutorialSteps are the lessons, in order.
var TutorialSteps = []TutorialStep{
	{
		Title: "Name the wrong",
		Do:    "Council screen (3): put the cursor on \"Condemns the act\" and press n to start a draft with it.",
		Plain: "Choose \"Draft a new resolution\" and put \"condemn\" in it.",
		Why:   "Collective security starts with the Council calling an act by its name.",
		done: func(w *World, seat SeatID) bool {
			return w.seatDraft(seat, func(d *Draft) bool { return d.Has(Condemn) })
		},
	},
	{
		Title: "Determine, under Chapter VII",
		Do:    "Add \"Determines a breach of the peace\" and \"Demands withdrawal\" (space), and make it Chapter VII (c).",
		Plain: "Work on your draft: add \"determine-breach\" and \"demand-withdrawal\", and make it Chapter VII.",
		Why:   "Art. 39: without a determination the Council cannot bind anyone — aggression needs a clear legal name.",
		done: func(w *World, seat SeatID) bool {
			return w.seatDraft(seat, func(d *Draft) bool { return d.Has(DetermineBreach) && d.Has(DemandWithdrawal) && d.Chapter == 7 })
		},
	},
	{
		Title: "Count to nine",
		Do:    "Read the whip count on the left, table the draft (t), call the vote (v), then end the turn (e).",
		Plain: "Work on your draft: table it and call the vote (read the whip count first); then end the turn.",
		Why:   "Nine votes and no permanent member against (Art. 27): the arithmetic every text must pass.",
		done: func(w *World, seat SeatID) bool {
			return slices.ContainsFunc(w.Votes, func(v VoteRecord) bool { return v.Adopted && slices.Contains(v.Clauses, DemandWithdrawal) })
		},
	},
	{
		Title: "Sanctions that bind",
		Do:    "Draft \"Comprehensive trade and financial embargo\" (Chapter VII), get it adopted, end turns until it bites.",
		Plain: "Draft \"comprehensive-sanctions\" under Chapter VII, table it, call the vote, and end turns until it bites.",
		Why:   "Art. 41 binds every member — the League's sanctions on Italy in 1935 failed because members kept trading.",
		done:  func(w *World, seat SeatID) bool { return w.Sanctions.Active },
	},
	{
		Title: "Stop the breach",
		Do:    "When a breach is reported (Sanctions screen, 5), name the state breaking the sanctions (n).",
		Plain: "When a breach is reported, choose \"Sanctions\" and name the state breaking them.",
		Why:   "Sanctions work only if breaches are found and stopped: the fourth condition of collective security.",
		done: func(w *World, seat SeatID) bool {
			return slices.ContainsFunc(w.Log, func(c Command) bool { return c.Kind == CmdNameBreach && c.Seat == w.SeatCode(seat) })
		},
	},
	{
		Title: "Meet the veto",
		Do:    "Draft \"Authorises all necessary means\" (force), table it and call the vote, and watch a permanent member's no.",
		Plain: "Draft \"authorize-force\", table it and call the vote.",
		Why:   "The veto shields the great powers and their clients: the price the UN paid to keep them in.",
		done: func(w *World, seat SeatID) bool {
			return slices.ContainsFunc(w.Votes, func(v VoteRecord) bool { return len(v.VetoedBy) > 0 })
		},
	},
	{
		Title: "Go around the Council",
		Do:    "Press u on the Council screen: ask the members for an emergency special session of the General Assembly.",
		Plain: "Choose \"Uniting for Peace\" from the menu.",
		Why:   "Uniting for Peace (1950): when the Council is blocked, two-thirds of the Assembly can recommend what it would not.",
		done: func(w *World, seat SeatID) bool {
			return slices.ContainsFunc(w.Votes, func(v VoteRecord) bool { return v.Body == BodyGA })
		},
	},
}

// TutorialDone is shown when every lesson is done.
var TutorialDone = TutorialStep{
	Title: "Done",
	Plain: "Type report and glossary. As the Secretariat you would also have Art. 99, envoys, fact-finding and missions: try kosovo-1999 as the Secretariat.",
	Do:    "Read the report (9) and the glossary (G). As the Secretariat you would also have Art. 99, envoys, fact-finding and missions: try kosovo-1999 as the Secretariat.",
	Why:   "You have seen the four conditions at work: the status quo, a clear name for aggression, commitment, and breaches stopped.",
}

// Tutorial returns the lesson a seat is on (from 0) and the step; ok is
// false when the game is no tutorial. Lessons are done in order.
func (w *World) Tutorial(seat SeatID) (n int, step TutorialStep, ok bool) {
	if !w.Scenario.Tutorial {
		return 0, TutorialStep{}, false
	}
	for i, s := range TutorialSteps {
		if !s.done(w, seat) {
			return i, s, true
		}
	}
	return len(TutorialSteps), TutorialDone, true
}

// seatDraft reports whether a seat sponsors a draft that passes a test.
func (w *World) seatDraft(seat SeatID, ok func(*Draft) bool) bool {
	if int(seat) >= w.N() {
		return false
	}
	for i := range w.Drafts {
		if d := &w.Drafts[i]; slices.Contains(d.Sponsors, StateID(seat)) && ok(d) {
			return true
		}
	}
	return false
}
