package indicators

import "testing"

// TestLexiconData checks the lexicon's tables kept as data: no character
// mapped to itself or given twice, no name given twice, no key with two
// English names, every line well formed.
func TestLexiconData(t *testing.T) {
	trad, problems := parseTraditional(traditionalText)
	for _, p := range problems {
		t.Errorf("traditional.txt: %s", p)
	}
	if len(trad) < 300 {
		t.Errorf("traditional.txt has %d pairs, want the table", len(trad))
	}
	g, problems := parseGlossary(glossaryText)
	for _, p := range problems {
		t.Errorf("glossary.tsv: %s", p)
	}
	if len(g.terms) < 50 || len(g.categories) < 8 {
		t.Errorf("glossary.tsv has %d indicators and %d categories, want the glossary", len(g.terms), len(g.categories))
	}
}

// TestLexiconDataProblems checks that the checks above can fail.
func TestLexiconDataProblems(t *testing.T) {
	if _, problems := parseTraditional("# c\n圓\t圓\n內\t内\n內\t内\nxy\n"); len(problems) != 3 {
		t.Errorf("parseTraditional found %q, want a self-mapping, a duplicate and a bad line", problems)
	}
	if _, problems := parseGlossary("indicator\t博物馆数量\tmuseums\tMuseums\nindicator\t博物馆数量\tmuseums2\tMuseums\nindicator\t医院数量\tmuseums\tHospitals\ncategory\t经济发展\n"); len(problems) != 3 {
		t.Errorf("parseGlossary found %q, want a duplicate name, a key with two English names and a bad line", problems)
	}
}

func TestVerbPhrases(t *testing.T) {
	for s, want := range map[string]bool{
		"促稳提质": true, "稳中向好": true, "只增不减": true, "稳步提高": true,
		"进出口": false, "氨氮": false, "医院数量": false, "地区生产总值增长": false, "化学需氧量": false,
	} {
		if got := isVerbPhrase(s); got != want {
			t.Errorf("isVerbPhrase(%q) = %v, want %v", s, got, want)
		}
	}
}
