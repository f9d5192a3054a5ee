package game

// defaultWeights are the vote model's weights. They started from hand-set
// values (support terms near 1, costs between 0.2 and 1) and were then
// fitted to the Council's recorded votes in the Kuwait case (225 member
// votes) so that every one of them falls at least 0.08 inside its band:
// `CHAPTER7_FIT=1 CHAPTER7_MARGIN=0.08 CHAPTER7_REG=0 go test ./data -run Fit -v`.
// docs/vote-model.md explains each term.
var defaultWeights = func() [NumTerms]float64 {
	var w [NumTerms]float64
	w[TermEvidence] = 0.788
	w[TermVictim] = 0.390
	w[TermTarget] = 1.185
	w[TermSponsors] = 0.533
	w[TermBloc] = 0.300
	costs := [numConcerns][numSensitivities]float64{
		//          sovereignty  ties   rivalry
		Coercion:  {0.000, 0.000, 0.337},
		Force:     {0.480, 0.019, 0.402},
		Intrusion: {0.664, 0.000, 0.300},
		Punitive:  {0.091, 0.313, 0.386},
		Secondary: {0.022, 0.025, 0.898},
		Civilian:  {0.475, 0.675, 0.306},
	}
	for c := range numConcerns {
		for b := range numSensitivities {
			w[CostTerm(c, b)] = costs[c][b]
		}
	}
	w[TermTrade] = 0.869
	w[TermBoundary] = 1.027
	w[TermRelief] = 0.586
	w[TermIntrusionRegime] = 0.353
	w[TermGroup] = 1.0
	return w
}()
