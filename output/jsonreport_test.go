package output

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"plan/check"
	"plan/indicators"
)

// TestReportEncoderWritesEveryField keeps the report encoder in step with
// the report types: each field JSON writes must be one the encoder writes,
// by the same name, in the same order.
func TestReportEncoderWritesEveryField(t *testing.T) {
	for _, tt := range []struct {
		v    any
		want []string
	}{
		{check.Report{}, []string{"file", "plan", "period", "results", "summary", "error"}},
		{check.Result{}, []string{"id", "key", "name", "name_en", "category", "target", "rule", "nature", "actual", "actual_text", "unit", "status", "note", "line", "met", "period", "unit_slip"}},
		{check.Summary{}, []string{"pass", "warn", "fail", "missing", "unit_slip"}},
		{indicators.Rule{}, []string{"kind", "value", "low", "high", "unit", "polarity", "ref", "relation", "measure", "stretch", "note"}},
	} {
		var got []string
		typ := reflect.TypeOf(tt.v)
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name != "-" && f.IsExported() {
				got = append(got, name)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s has the JSON fields %v, the report encoder writes %v: write the new ones in output/jsonreport.go", typ, got, tt.want)
		}
	}
}

// reference is encoding/json's encoding of a report, indented under
// prefix as the report encoder indents it, or compact.
func reference(t *testing.T, rep check.Report, prefix string, compact bool) string {
	t.Helper()
	b, err := marshalLine(finiteReport(rep))
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.TrimSuffix(b, []byte("\n"))
	if compact {
		return string(b)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, prefix, "  "); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// finiteReport is a report with every figure JSON cannot hold (NaN, ±Inf)
// as null, as the report encoder writes it.
func finiteReport(rep check.Report) check.Report {
	results := make([]check.Result, len(rep.Results))
	for i, r := range rep.Results {
		r.Actual = finite(r.Actual)
		r.Rule.Value, r.Rule.Low, r.Rule.High, r.Rule.Stretch = finite(r.Rule.Value), finite(r.Rule.Low), finite(r.Rule.High), finite(r.Rule.Stretch)
		results[i] = r
	}
	rep.Results = results
	return rep
}

// oddText are pieces of text that JSON escapes, or that look as if it
// should: quotes, backslashes, control characters, invalid UTF-8, the line
// separators of JavaScript, HTML, Chinese and emoji.
var oddText = []string{"", "plain", `say "hi"`, `back\slash`, "tab\tnew\nline\r", "\x00\x01\x1f\x7f", "\xff\xfe", "\u2028\u2029", "<b>&amp;</b>", "地区生产总值增长", "“一网通办”", "👍", "−0.2 pp; needs ≥ 10%"}

// oddFigures are figures at the edges of encoding/json's formats.
var oddFigures = []float64{0, math.Copysign(0, -1), math.Inf(1), math.NaN(), 1, -1, 0.1, 1e-6, 9.99e-7, 1e-7, 123456789, 1e20, 1e21, 1.5e300, -2.5e-10, 3.0000000000000004, math.MaxFloat64, math.SmallestNonzeroFloat64}

// TestReportEncoderAsEncodingJSON encodes sample reports and thousands of
// random ones: the bytes of encoding/json, indented and compact.
func TestReportEncoderAsEncodingJSON(t *testing.T) {
	reports := append(sampleReports(t), randomReports(rand.New(rand.NewPCG(5, 6)), 2000)...)
	trendReports, _ := sampleTrend(t)
	reports = append(reports, trendReports...)
	for _, mode := range []struct {
		prefix  string
		compact bool
	}{{"    ", false}, {"", false}, {"", true}} {
		enc := newReportEncoder(mode.prefix, mode.compact)
		for i, rep := range reports {
			got, err := enc.encode(rep)
			if err != nil {
				t.Fatal(err)
			}
			if want := reference(t, rep, mode.prefix, mode.compact); string(got) != want {
				t.Fatalf("report %d (prefix %q, compact %v):\n%s\nencoding/json:\n%s", i, mode.prefix, mode.compact, got, want)
			}
		}
	}
}

// randomReports makes reports of random fields from oddText and oddFigures.
func randomReports(rnd *rand.Rand, n int) []check.Report {
	text := func() string { return oddText[rnd.IntN(len(oddText))] + oddText[rnd.IntN(len(oddText))] }
	figure := func() *float64 {
		if rnd.IntN(4) == 0 {
			return nil
		}
		f := oddFigures[rnd.IntN(len(oddFigures))] * float64(1+rnd.IntN(3))
		return &f
	}
	reports := make([]check.Report, n)
	for i := range reports {
		rep := check.Report{File: text(), Period: text(), Results: []check.Result{}, Error: text(),
			Summary: check.Summary{Pass: rnd.IntN(50), Warn: rnd.IntN(3), Fail: rnd.IntN(3), Missing: rnd.IntN(50), UnitSlip: rnd.IntN(2)}}
		if rnd.IntN(3) == 0 {
			rep.Plan = &check.PlanRef{File: text(), Info: indicators.Info{Title: text(), Year: rnd.IntN(3000), Issuer: text()}}
		}
		for range rnd.IntN(5) {
			r := check.Result{ID: text(), Key: text(), Name: text(), NameEn: text(), Category: text(), Target: text(),
				Rule: indicators.Rule{Kind: indicators.Kind(text()), Value: figure(), Low: figure(), High: figure(), Unit: text(), Polarity: indicators.Polarity(text()),
					Ref: text(), Relation: text(), Measure: indicators.Measure(text()), Stretch: figure(), Note: text()},
				Nature: indicators.Nature(text()), Actual: figure(), ActualText: text(), Unit: text(), Status: check.Status(text()), Note: text(),
				Line: rnd.IntN(3) * rnd.IntN(1000), Period: text(), UnitSlip: rnd.IntN(2) == 0}
			if rnd.IntN(2) == 0 {
				met := rnd.IntN(2) == 0
				r.Met = &met
			}
			rep.Results = append(rep.Results, r)
		}
		reports[i] = rep
	}
	return reports
}
