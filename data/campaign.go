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

// CampaignChain returns a campaign's scenarios, or a one-line error that
// names the kinds there are.
func CampaignChain(kind string) ([]string, error) {
	if chain, ok := Campaigns[kind]; ok {
		return chain, nil
	}
	kinds := make([]string, 0, len(Campaigns))
	for k := range Campaigns {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	if kind == "generated" {
		return nil, fmt.Errorf("campaign %q is not in this build yet: use %s", kind, strings.Join(kinds, ", "))
	}
	return nil, fmt.Errorf("unknown campaign %q: use %s", kind, strings.Join(kinds, ", "))
}
