package data

import (
	"fmt"
	"sort"
	"strings"
)

// Campaigns are the runs of crises a campaign plays, in order (issue #7):
// the historical cases as they were added.
var Campaigns = map[string][]string{
	"historical": {"kuwait-1991", "kosovo-1999"},
}

// GeneratedCrises is how many crises a generated campaign plays.
const GeneratedCrises = 3

// CampaignChain returns a campaign's scenarios, or a one-line error that
// names the kinds there are. A generated campaign needs an era; its
// crises are made from the atlas for the seed (GenerateCrisis).
func CampaignChain(kind, era string, seed uint64) ([]string, error) {
	if chain, ok := Campaigns[kind]; ok {
		return chain, nil
	}
	if kind == "generated" {
		if _, ok := Eras[era]; !ok {
			return nil, fmt.Errorf("a generated campaign needs --era: one of %s", strings.Join(EraNames(), ", "))
		}
		chain := make([]string, GeneratedCrises)
		for i := range chain {
			id, _, err := GenerateCrisis(era, seed, i)
			if err != nil {
				return nil, err
			}
			chain[i] = id
		}
		return chain, nil
	}
	kinds := make([]string, 0, len(Campaigns))
	for k := range Campaigns {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	return nil, fmt.Errorf("unknown campaign %q: use %s or generated", kind, strings.Join(kinds, ", "))
}
