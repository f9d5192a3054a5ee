package data

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

//go:embed glossary.toml
var glossarySrc string

// GlossaryEntry is one term of the glossary, in a player's words, with
// where its facts come from.
type GlossaryEntry struct {
	Term   string `toml:"term"`
	Text   string `toml:"text"`
	Source string `toml:"source"`
}

var glossary = sync.OnceValues(func() ([]GlossaryEntry, error) {
	var doc struct {
		Entry []GlossaryEntry `toml:"entry"`
	}
	md, err := toml.Decode(glossarySrc, &doc)
	if err != nil {
		return nil, fmt.Errorf("glossary.toml: %v: fix the TOML syntax", err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fmt.Errorf("glossary.toml: unknown key %q: use term, text and source", und[0].String())
	}
	for i, e := range doc.Entry {
		if e.Term == "" || e.Text == "" || e.Source == "" {
			return nil, fmt.Errorf("glossary.toml: entry %d (%q) needs a term, a text and a source", i+1, e.Term)
		}
		doc.Entry[i].Text = strings.Join(strings.Fields(e.Text), " ")
	}
	return doc.Entry, nil
})

// Glossary returns the glossary, in the order of the file.
func Glossary() ([]GlossaryEntry, error) { return glossary() }
