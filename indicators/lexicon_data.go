package indicators

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// The lexicon's two tables kept as data: the traditional characters and
// their simplified forms, and the glossary of indicators' keys and English
// names. Each is read the first time it is needed: a run that checks
// figures against the embedded plan reads neither.

//go:embed traditional.txt
var traditionalText string

//go:embed glossary.tsv
var glossaryText string

// traditional is the table of traditional characters.
var traditional = sync.OnceValue(func() *tradTable {
	m, _ := parseTraditional(traditionalText)
	return &tradTable{simple: m, marked: markIdeographs(m)}
})

// parseTraditional reads traditional.txt: a traditional character and its
// simplified form a line, separated by a tab; # begins a comment. It
// returns the table and the problems of the data (a pair given twice, a
// character mapped to itself, a line that is not a pair), which a test
// keeps at none.
func parseTraditional(text string) (map[rune]rune, []string) {
	m := map[rune]rune{}
	var problems []string
	for _, dl := range dataLines(text) {
		i, line := dl.n, dl.text
		trad, simple, ok := strings.Cut(line, "\t")
		if !ok || utf8.RuneCountInString(trad) != 1 || utf8.RuneCountInString(simple) != 1 {
			problems = append(problems, fmt.Sprintf("line %d: %q is not a pair of characters", i, line))
			continue
		}
		t, s := []rune(trad)[0], []rune(simple)[0]
		switch _, dup := m[t]; {
		case t == s:
			problems = append(problems, fmt.Sprintf("line %d: %c maps to itself", i, t))
		case dup:
			problems = append(problems, fmt.Sprintf("line %d: %c is given twice", i, t))
		default:
			m[t] = s
		}
	}
	return m, problems
}

// term is an indicator's ASCII key and English name.
type term struct{ key, en string }

// glossaryIndex is the glossary read: terms by the indicator's name, and
// the English names of categories.
type glossaryIndex struct {
	terms      map[string]term
	categories map[string]string
}

// glossaryTable is the glossary.
var glossaryTable = sync.OnceValue(func() glossaryIndex {
	g, _ := parseGlossary(glossaryText)
	return g
})

// parseGlossary reads glossary.tsv: kind (indicator or category), name,
// key and English name, separated by tabs. It returns the index and the
// problems of the data (a name given twice, a key with two English names,
// a malformed line), which a test keeps at none.
func parseGlossary(text string) (glossaryIndex, []string) {
	g := glossaryIndex{terms: map[string]term{}, categories: map[string]string{}}
	english := map[string]string{}
	var problems []string
	for _, dl := range dataLines(text) {
		i, line := dl.n, dl.text
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[1] == "" || f[3] == "" {
			problems = append(problems, fmt.Sprintf("line %d: want kind, name, key and English name", i))
			continue
		}
		kind, name, key, en := f[0], Normalize(f[1]), f[2], f[3]
		switch {
		case kind == "category" && g.categories[name] == "":
			g.categories[name] = en
		case kind == "indicator" && g.terms[name].key == "" && key != "" && (english[key] == "" || english[key] == en):
			g.terms[name] = term{key: key, en: en}
			english[key] = en
		default:
			problems = append(problems, fmt.Sprintf("line %d: %s %q is given twice, has no key, or its key another English name", i, kind, name))
		}
	}
	return g, problems
}

// dataLine is a line of a data file and its number.
type dataLine struct {
	n    int
	text string
}

// dataLines returns the lines of a data file that are not blank or
// comments, in order.
func dataLines(text string) []dataLine {
	var lines []dataLine
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, dataLine{i + 1, line})
		}
	}
	return lines
}

// glossary gives the key and English name of an indicator by its name as
// printed. It knows the indicators of the embedded plan and their common
// variants; other indicators have no key and are found by ID or name.
func glossary(name string) (term, bool) {
	t, ok := glossaryTable().terms[Normalize(name)]
	return t, ok
}

// CategoryEn is the English name of a category of indicators, or the name
// as printed when the glossary has none.
func CategoryEn(name string) string {
	if en, ok := glossaryTable().categories[Normalize(name)]; ok {
		return en
	}
	return name
}
