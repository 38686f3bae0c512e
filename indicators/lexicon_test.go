package indicators

import (
	"strings"
	"testing"
)

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

// TestWordLists checks the word lists of the lexicon: no word twice in a
// list, and every word as Normalize leaves a cell (full-width signs folded,
// no spaces), since the cells they are looked up in are normalized; a word
// that is not could never match.
func TestWordLists(t *testing.T) {
	lists := map[string][]string{
		"headerNumberWords": headerNumberWords, "headerCategoryWords": headerCategoryWords,
		"headerNameWords": headerNameWords, "headerUnitWords": headerUnitWords, "headerAttrWords": headerAttrWords,
		"headerOtherWords": headerOtherWords, "headerActualWords": headerActualWords, "headerTargetWords": headerTargetWords,
		"headerLevelWords": headerLevelWords, "headerGrowthWords": headerGrowthWords, "attributeWords": attributeWords,
		"placeholderWords": placeholderWords, "categorySuffixes": categorySuffixes, "labelSuffixes": labelSuffixes,
		"labelWords": labelWords, "tableEndWords": tableEndWords, "signatureSuffixes": signatureSuffixes,
		"decreaseWords": decreaseWords, "toLevelEnds": toLevelEnds, "decreaseNameEnds": decreaseNameEnds, "headerBaseWords": headerBaseWords, "levelNameEnds": levelNameEnds, "lowerBetterWords": lowerBetterWords, "higherBetterWords": higherBetterWords, "growthNameEnds": growthNameEnds, "gdpNames": gdpNames,
		"qualitativeLeads": qualitativeLeads, "targetWords": targetWords, "lowerBetterEnds": lowerBetterEnds,
		"neutralWords": neutralWords, "rateNameWords": rateNameWords, "perHeadWords": perHeadWords, "perOutputWords": perOutputWords,
		"flowNameWords": flowNameWords, "stockNameWords": stockNameWords, "yearCountWords": yearCountWords, "modifierWords": modifierWords,
		"stretchWords": stretchWords, "proseWords": proseWords, "labelVerbEnds": labelVerbEnds, "labelLeads": labelLeads,
		"joinWords": joinWords, "inStepRefs": inStepRefs, "inStepAboveWords": inStepAboveWords,
		"externalWords": externalWords, "quotaWords": quotaWords, "growthLabels": growthLabels,
		"growthHeadWords": growthHeadWords, "partOfRowLabels": partOfRowLabels, "notCategoryWords": notCategoryWords,
		"notGDPWords": notGDPWords, "brokenEnds": brokenEnds, "markerWords": markerWords, "baseUnits": baseUnits,
		"riseWords": riseWords, "positiveGrowthWords": positiveGrowthWords, "flatWords": flatWords,
		"asideWords": asideWords, "durationEnds": durationEnds, "multiYearWords": multiYearWords,
	}
	for name, words := range lists {
		seen := map[string]bool{}
		for _, w := range words {
			if seen[w] {
				t.Errorf("%s: %q twice", name, w)
			}
			seen[w] = true
			if n := strings.ReplaceAll(Normalize(w), " ", ""); n != w {
				t.Errorf("%s: %q is read as %q in a cell, and never matches", name, w, n)
			}
		}
	}
}
