package ui

import "charm.land/bubbles/v2/key"

// keyMap is the one key map of the front end. A binding that several
// screens share a key with is matched only on its own screen.
type keyMap struct {
	// everywhere
	NextTab, PrevTab, Tab1, Tab2, Tab3, Tab4, Tab5, Tab6, Tab7, Tab8, Tab9                            key.Binding
	Up, Down, PgUp, PgDown, Left, Right, Enter, Back, Help, Quit, Save, EndTurn, Glossary, NextCrisis key.Binding
	// council
	NewDraft, History, PrevDraft, NextDraft, Toggle, Chapter, Param, Table, CallVote, Threaten, WithdrawDraft, Cosponsor, Refer, FactFind, Assembly key.Binding
	// diplomacy
	Lobby, Aid, Pressure, Deal, Message key.Binding
	// sanctions
	Name, Compensate, Comply key.Binding
	// forces
	Commit, Recall, Offensive, Withdraw, Release, Accept, Mission key.Binding
	// budget
	Pay, Withhold, AppealDues key.Binding
	// theatre
	GoodOffices, AppealHum key.Binding
	// log
	Filter, Search key.Binding
	// report
	Export key.Binding
	// start screen
	Hotseat key.Binding
}

func b(keys []string, k, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
}

func newKeyMap() keyMap {
	return keyMap{
		NextTab:    b([]string{"tab"}, "tab", "next screen"),
		PrevTab:    b([]string{"shift+tab"}, "shift+tab", "previous screen"),
		Tab1:       b([]string{"1"}, "1", "briefing"),
		Tab2:       b([]string{"2"}, "2", "theatre"),
		Tab3:       b([]string{"3"}, "3", "council"),
		Tab4:       b([]string{"4"}, "4", "diplomacy"),
		Tab5:       b([]string{"5"}, "5", "sanctions"),
		Tab6:       b([]string{"6"}, "6", "forces"),
		Tab7:       b([]string{"7"}, "7", "budget"),
		Tab8:       b([]string{"8"}, "8", "log"),
		Tab9:       b([]string{"9"}, "9", "report"),
		Up:         b([]string{"up", "k"}, "↑/k", "up"),
		Down:       b([]string{"down", "j"}, "↓/j", "down"),
		PgUp:       b([]string{"pgup"}, "pgup", "page up"),
		PgDown:     b([]string{"pgdown"}, "pgdn", "page down"),
		Left:       b([]string{"left", "h"}, "←/h", "less"),
		Right:      b([]string{"right", "l"}, "→/l", "more"),
		Enter:      b([]string{"enter"}, "enter", "choose"),
		Back:       b([]string{"esc"}, "esc", "back"),
		Help:       b([]string{"?"}, "?", "all keys"),
		Glossary:   b([]string{"G"}, "G", "glossary"),
		NextCrisis: b([]string{"N"}, "N", "next crisis (campaign)"),
		Quit:       b([]string{"q", "ctrl+c"}, "q", "quit"),
		Save:       b([]string{"ctrl+s"}, "ctrl+s", "save as"),
		EndTurn:    b([]string{"e"}, "e", "end turn"),

		NewDraft:      b([]string{"n"}, "n", "new draft"),
		History:       b([]string{"H"}, "H", "historical text"),
		PrevDraft:     b([]string{"["}, "[", "previous draft"),
		NextDraft:     b([]string{"]"}, "]", "next draft"),
		Toggle:        b([]string{"space"}, "space", "add/remove clause"),
		Chapter:       b([]string{"c"}, "c", "chapter VI/VII"),
		Param:         b([]string{"p"}, "p", "set parameter"),
		Table:         b([]string{"t"}, "t", "table"),
		CallVote:      b([]string{"v"}, "v", "call the vote"),
		Threaten:      b([]string{"x"}, "x", "veto threat/reason"),
		WithdrawDraft: b([]string{"w"}, "w", "withdraw draft"),
		Cosponsor:     b([]string{"s"}, "s", "co-sponsor"),
		Refer:         b([]string{"r"}, "r", "Art. 99 referral"),
		FactFind:      b([]string{"f"}, "f", "fact-finding"),
		Assembly:      b([]string{"u"}, "u", "Uniting for Peace"),

		Lobby:    b([]string{"l"}, "l", "lobby"),
		Aid:      b([]string{"a"}, "a", "promise aid"),
		Pressure: b([]string{"p"}, "p", "pressure"),
		Deal:     b([]string{"d"}, "d", "side deal"),
		Message:  b([]string{"m"}, "m", "message"),

		Name:       b([]string{"n"}, "n", "name the breach"),
		Compensate: b([]string{"c"}, "c", "compensate (Art. 50)"),
		Comply:     b([]string{"b"}, "b", "enforce/break sanctions"),

		Commit:    b([]string{"+", "="}, "+", "commit troops"),
		Recall:    b([]string{"-"}, "-", "recall troops"),
		Offensive: b([]string{"o"}, "o", "launch offensive"),
		Withdraw:  b([]string{"w"}, "w", "withdraw (aggressor)"),
		Release:   b([]string{"r"}, "r", "release hostages"),
		Accept:    b([]string{"a"}, "a", "accept terms"),
		Mission:   b([]string{"m"}, "m", "propose mission"),

		Pay:        b([]string{"p"}, "p", "pay arrears"),
		Withhold:   b([]string{"w"}, "w", "withhold dues"),
		AppealDues: b([]string{"a"}, "a", "appeal for dues"),

		GoodOffices: b([]string{"g"}, "g", "good offices"),
		AppealHum:   b([]string{"a"}, "a", "humanitarian appeal"),

		Filter: b([]string{"f"}, "f", "filter kind"),
		Search: b([]string{"/"}, "/", "search"),

		Export: b([]string{"x"}, "x", "export Markdown"),

		Hotseat: b([]string{"space"}, "space", "add/remove hot-seat"),
	}
}
