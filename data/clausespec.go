package data

import (
	"fmt"
	"strings"

	"github.com/chapter-vii/chapter7/game"
)

// ParseClause reads a clause as scenario and case files write it: an id,
// optionally with parameters, as in "authorize-force(deadline=1991-01-15)"
// or "trade-sanctions(goods=oil,food)".
func ParseClause(s string) (game.ClauseEntry, error) {
	s = strings.TrimSpace(s)
	id, rest, hasParams := strings.Cut(s, "(")
	c := game.ClauseEntry{ID: game.ClauseID(strings.TrimSpace(id))}
	info, ok := game.LookupClause(c.ID)
	if !ok {
		return c, fmt.Errorf("unknown clause %q: use one of %s", id, game.ValidClauseIDs())
	}
	if !hasParams {
		return c, nil
	}
	body, ok := strings.CutSuffix(rest, ")")
	if !ok {
		return c, fmt.Errorf("clause %q: close the parameter list with \")\"", s)
	}
	for _, kv := range strings.Split(body, ";") {
		k, v, ok := strings.Cut(kv, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			return c, fmt.Errorf("clause %q: write parameters as name=value, separated by \";\"", s)
		}
		if !containsStr(info.Params, k) {
			if len(info.Params) == 0 {
				return c, fmt.Errorf("clause %q: %s takes no parameters", s, c.ID)
			}
			return c, fmt.Errorf("clause %q: %s has no parameter %q; it takes %s", s, c.ID, k, strings.Join(info.Params, ", "))
		}
		c.Params = append(c.Params, game.Param{Name: k, Value: v})
	}
	return c, nil
}

// FormatClause writes a clause the way ParseClause reads it.
func FormatClause(c game.ClauseEntry) string {
	if len(c.Params) == 0 {
		return string(c.ID)
	}
	parts := make([]string, len(c.Params))
	for i, p := range c.Params {
		parts[i] = p.Name + "=" + p.Value
	}
	return string(c.ID) + "(" + strings.Join(parts, ";") + ")"
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
