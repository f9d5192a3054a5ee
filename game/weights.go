package game

// defaultWeights are the vote model's weights: the linear programme that
// maximises the smallest margin by which every recorded ballot of the
// Kuwait (225) and Kosovo (90) cases sits inside its band, with every
// weight between 0 and 5 (`CHAPTER7_LP=1 CHAPTER7_FIT=1 CHAPTER7_FIT_KOSOVO=1
// CHAPTER7_MARGIN=0 go test ./data -run Fit -v`: best margin 0.018).
// docs/vote-model.md explains each term.
var defaultWeights = func() [NumTerms]float64 {
	var w [NumTerms]float64
	w[TermEvidence] = 0.630279
	w[TermVictim] = 2.043073
	w[TermTarget] = 1.842245
	w[TermSponsors] = 0.810508
	w[TermBloc] = 0
	costs := [numConcerns][numSensitivities]float64{
		//          sovereignty  ties      rivalry
		Coercion:  {0, 0.013329, 0},
		Force:     {0.544172, 0, 0.209661},
		Intrusion: {0.703528, 0, 1.307008},
		Punitive:  {0, 0.066646, 0.213029},
		Secondary: {0, 0, 0.920423},
		Civilian:  {0.544172, 0.339373, 0.240207},
	}
	for c := range numConcerns {
		for b := range numSensitivities {
			w[CostTerm(c, b)] = costs[c][b]
		}
	}
	w[TermTrade] = 0
	w[TermBoundary] = 1.255812
	w[TermRelief] = 0.972645
	w[TermIntrusionRegime] = 0.299519
	w[TermGroup] = 2.129011
	w[TermStopForce] = 5
	return w
}()

// WorldModel is the vote model as `chapter7 predict` and the Assembly use
// it on the atlas (data/world): the same terms and thresholds, with the
// general terms weighted by coordinate search for the most votes and
// outcomes right over the 21 Kuwait and Kosovo votes and the 104 votes of
// other eras in data/testdata/predict/eras, the rest left at zero
// (`CHAPTER7_SEARCH=1 CHAPTER7_RESTARTS=15
// CHAPTER7_TERMS=0,1,2,3,4,5,8,10,11,13,29,30,31,32,33,34,35 go test ./data
// -run SearchWorld -v`, which also cross-validates; the figures are in
// docs/vote-model.md). Standing by an accused great-power partner was
// then raised by hand from 0.05 to 2, once the great powers' cue became an
// average: it gained 13 member votes of other eras and 2 of the record,
// and Russia's Kosovo draft of 1999 now fails for want of votes, as it
// did, not by a Western veto.
var WorldModel = Model{
	W: func() [NumTerms]float64 {
		var w [NumTerms]float64
		w[TermEvidence] = 2.4
		w[TermVictim] = 5
		w[TermTarget] = 2
		w[TermSponsors] = 2.75
		w[TermBloc] = 0.3
		w[CostTerm(Intrusion, BySovereignty)] = 0.1
		w[CostTerm(Intrusion, ByRivalry)] = 0.375
		w[TermLead] = 2
		w[TermCrossfire] = 0.75
		w[TermShield] = 4.1
		w[TermPartyLead] = 2
		w[TermAssembly] = 0.75
		// Set by hand: any weight from 1 to 2 gains, 1.5 most (18 member
		// votes, three of them of the record, and one outcome); the same
		// reserve toward the Western powers' texts loses.
		w[TermEastText] = 1.5
		return w
	}(),
	InternalFactor: DefaultModel.InternalFactor,
	YesAt:          DefaultModel.YesAt, NoAt: DefaultModel.NoAt, VetoAt: DefaultModel.VetoAt,
}
