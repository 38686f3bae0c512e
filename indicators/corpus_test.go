package indicators

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// corpusRow is a row of testdata/corpus/targets.tsv: how a person reads
// one row of a published document.
type corpusRow struct {
	doc, id, name, target, kind, value, unit, low, high, measure, polarity string
}

// readCorpusRows reads targets.tsv.
func readCorpusRows(t *testing.T) []corpusRow {
	t.Helper()
	data, err := os.ReadFile("../testdata/corpus/targets.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var rows []corpusRow
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 {
			continue
		}
		for len(f) < 11 {
			f = append(f, "")
		}
		rows = append(rows, corpusRow{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]})
	}
	return rows
}

// corpusProse are the documents of the corpus that state their targets in
// sentences, not in a table: a reader of tables must read no target from
// them, and say so.
var corpusProse = map[string]bool{
	"china-2018":       true, // a news report: targets and results in running sentences
	"shaoxing-2020-q1": true, // a task table: targets inside sentences of its 内容与要求 column
}

// corpusMisses are the rows of the corpus the reader gets wrong, each with
// the reason; a row that reads right is taken off this list.
var corpusMisses = map[string]string{}

// minCorpusAccuracy is the share of the corpus's table rows the reader
// must get right, in percent.
const minCorpusAccuracy = 95

// TestCorpus reads every document of testdata/corpus, real pages as they
// were published, and compares each row with its reading by hand: ID,
// name, kind, figures, unit, measure and polarity.
func TestCorpus(t *testing.T) {
	byDoc := map[string][]corpusRow{}
	var docs []string
	for _, r := range readCorpusRows(t) {
		if byDoc[r.doc] == nil {
			docs = append(docs, r.doc)
		}
		byDoc[r.doc] = append(byDoc[r.doc], r)
	}
	right, total := 0, 0
	for _, doc := range docs {
		data, err := os.ReadFile(filepath.Join("../testdata/corpus", doc+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Read(doc+".txt", data)
		if corpusProse[doc] {
			if err == nil {
				t.Errorf("%s: read %d indicators from a document with no target table", doc, len(p.Indicators))
			}
			t.Logf("%s: no table, as expected (%v)", doc, err)
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", doc, err)
			total += len(byDoc[doc])
			continue
		}
		n := 0
		for _, want := range byDoc[doc] {
			key := doc + "/" + want.id
			problem := corpusProblem(p, want)
			reason, known := corpusMisses[key]
			switch {
			case problem == "" && known:
				t.Errorf("%s reads right now: take it off corpusMisses (%s)", key, reason)
			case problem != "" && !known:
				t.Errorf("%s: %s", key, problem)
			case problem == "":
				n++
			}
		}
		t.Logf("%s: %d of %d rows right", doc, n, len(byDoc[doc]))
		right += n
		total += len(byDoc[doc])
	}
	t.Logf("all table documents: %d of %d rows right (%.1f%%)", right, total, 100*float64(right)/float64(total))
	if right*100 < total*minCorpusAccuracy {
		t.Errorf("%d of %d rows right, below %d%%", right, total, minCorpusAccuracy)
	}
}

// corpusProblem says how an indicator differs from its reading by hand,
// or "" when it does not.
func corpusProblem(p *Plan, want corpusRow) string {
	ind, ok := p.Lookup(want.id)
	switch {
	case !ok:
		return "no indicator with this ID"
	case ind.Rule == nil:
		return "a group, with no rule"
	case !sameName(ind.Name, want.name):
		return "name " + strconv.Quote(ind.Name) + ", want " + strconv.Quote(want.name)
	}
	r := ind.Rule
	var got []string
	if string(r.Kind) != want.kind {
		got = append(got, "kind "+string(r.Kind)+", want "+want.kind)
	}
	for _, f := range []struct {
		what string
		v    *float64
		want string
	}{{"value", r.Value, want.value}, {"low", r.Low, want.low}, {"high", r.High, want.high}} {
		if s := figureText(f.v); s != f.want && !(f.what == "value" && want.kind == "range") {
			got = append(got, f.what+" "+s+", want "+f.want)
		}
	}
	if r.Unit != want.unit {
		got = append(got, "unit "+strconv.Quote(r.Unit)+", want "+strconv.Quote(want.unit))
	}
	if string(r.Measure) != want.measure {
		got = append(got, "measure "+strconv.Quote(string(r.Measure))+", want "+strconv.Quote(want.measure))
	}
	if string(r.Polarity) != want.polarity {
		got = append(got, "polarity "+string(r.Polarity)+", want "+want.polarity)
	}
	return strings.Join(got, "; ")
}

// figureText writes an optional figure as targets.tsv does: "" for none.
func figureText(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// sameName reports whether an indicator's name is the name read by hand:
// the same but for spaces, traditional characters and a unit in brackets
// after it, or the name of a part built from it (全市生产总值增速).
func sameName(got, want string) bool {
	clean := func(s string) string {
		s = strings.ReplaceAll(Normalize(s), " ", "")
		name, _ := splitUnit(s)
		return name
	}
	return strings.HasPrefix(clean(got), clean(want))
}
