package ui

import "testing"

// benchModel is a game in its fourth month, as the USA, at 160×48, with
// 661 adopted and 678 open in the Council.
func benchModel(b *testing.B) *Model {
	m := newGame(b, "USA", 160, 48)
	pickHistorical(b, m, "S/RES/661(1990)")
	press(b, m, "t", "v", "enter")
	for i := 0; i < 14; i++ {
		press(b, m, "e")
	}
	pickHistorical(b, m, "S/RES/678(1990)")
	return m
}

// benchView measures a full re-render of one screen (the cache is
// defeated: every iteration renders as after a key that changed it).
func benchView(b *testing.B, t tab) {
	m := benchModel(b)
	m.tab = t
	m.View()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.dirty = true
		_ = m.View()
	}
}

func BenchmarkViewBriefing(b *testing.B)  { benchView(b, tabBrief) }
func BenchmarkViewTheatre(b *testing.B)   { benchView(b, tabTheatre) }
func BenchmarkViewCouncil(b *testing.B)   { benchView(b, tabCouncil) }
func BenchmarkViewDiplomacy(b *testing.B) { benchView(b, tabDiplomacy) }
func BenchmarkViewSanctions(b *testing.B) { benchView(b, tabSanctions) }
func BenchmarkViewForces(b *testing.B)    { benchView(b, tabForces) }
func BenchmarkViewBudget(b *testing.B)    { benchView(b, tabBudget) }
func BenchmarkViewLog(b *testing.B)       { benchView(b, tabLog) }
func BenchmarkViewReport(b *testing.B)    { benchView(b, tabReport) }

// BenchmarkViewCached is a frame after a message that changed nothing.
func BenchmarkViewCached(b *testing.B) {
	m := benchModel(b)
	m.tab = tabCouncil
	m.View()
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkCouncilEdit is a key that edits the draft: apply, whip count and
// frame, as the player sees it.
func BenchmarkCouncilEdit(b *testing.B) {
	m := benchModel(b)
	m.tab = tabCouncil
	cursorTo(b, m, "arms-embargo")
	space := keyMsg("space")
	b.ReportAllocs()
	for b.Loop() {
		m.Update(space)
		_ = m.View()
	}
}
