package output

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/rogpeppe/go-internal/diff"

	"plan/check"
	"plan/indicators"
)

// jsonRun is the JSON document of a run, as a script reads it.
type jsonRun struct {
	Schema  int
	Reports []struct {
		File    string
		Error   string
		Results []map[string]any
		Summary check.Summary
	}
	Summary check.Summary
	Trend   *check.Trend
}

// decodeRun decodes the JSON of a run.
func decodeRun(t *testing.T, out string) jsonRun {
	t.Helper()
	var doc jsonRun
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	return doc
}

// sameAsWhole checks that the JSON written piece by piece is the document
// encoded at once, field for field and byte for byte.
func sameAsWhole(t *testing.T, out string, info indicators.Info, reports []check.Report, trend *check.Trend) {
	t.Helper()
	var totals check.Totals
	for _, r := range reports {
		totals.Add(r)
	}
	whole := struct {
		Schema  int             `json:"schema"`
		Plan    indicators.Info `json:"plan"`
		Reports []check.Report  `json:"reports"`
		Summary check.Summary   `json:"summary"`
		Trend   *check.Trend    `json:"trend,omitempty"`
	}{check.Schema, info, reports, totals.Summary, trend}
	b, err := marshal(whole, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := string(b) + "\n"; out != want {
		t.Errorf("the JSON written piece by piece differs from the document encoded at once:\n%s", diff.Diff("whole", []byte(want), "pieces", []byte(out)))
	}
}

func TestJSONReports(t *testing.T) {
	out := writeRun(t, "json", Options{}, sampleReports(t), nil)
	goldenFile(t, "reports.json", out)
	sameAsWhole(t, out, samplePlan(t).Info, sampleReports(t), nil)
	doc := decodeRun(t, out)
	if doc.Schema != 1 || len(doc.Reports) != 2 || len(doc.Reports[0].Results) != 10 {
		t.Fatalf("schema %d, %d reports; want schema 1 and 2 reports", doc.Schema, len(doc.Reports))
	}
	r := doc.Reports[0].Results[0]
	for _, field := range []string{"id", "key", "name", "category", "target", "rule", "actual", "actual_text", "unit", "status", "note"} {
		if _, ok := r[field]; !ok && field != "key" {
			t.Errorf("result has no %q field: %v", field, r)
		}
	}
	if doc.Reports[1].Error == "" || doc.Summary != doc.Reports[0].Summary || doc.Trend != nil {
		t.Errorf("the unreadable file: error %q; summary %+v, want the first report's; trend %v", doc.Reports[1].Error, doc.Summary, doc.Trend)
	}
}

func TestJSONTrend(t *testing.T) {
	reports, trend := sampleTrend(t)
	out := writeRun(t, "json", Options{}, reports, trend)
	sameAsWhole(t, out, samplePlan(t).Info, reports, trend)
	doc := decodeRun(t, out)
	if len(doc.Reports) != 2 || doc.Trend == nil || len(doc.Trend.Periods) != 2 || doc.Trend.Periods[0] != "2024-Q1" {
		t.Errorf("a trend run: %d reports, trend %+v; want both reports and the trend in period order", len(doc.Reports), doc.Trend)
	}
}

// TestJSONNeverFailsOnAFigure writes a report holding figures JSON cannot
// encode: the document is still JSON, the figures null, the other reports
// whole.
func TestJSONNeverFailsOnAFigure(t *testing.T) {
	reports := sampleReports(t)
	inf, nan := math.Inf(1), math.NaN()
	broken := reports[0]
	broken.Results = append([]check.Result(nil), broken.Results...)
	broken.Results[0].Actual = &inf
	broken.Results[1].Rule.Value = &nan
	out := writeRun(t, "json", Options{}, []check.Report{broken, reports[0]}, nil)
	doc := decodeRun(t, out)
	if doc.Reports[0].Results[0]["actual"] != nil || doc.Reports[1].Results[0]["actual"] == nil {
		t.Errorf("an infinite figure: %v; the other report's: %v", doc.Reports[0].Results[0]["actual"], doc.Reports[1].Results[0]["actual"])
	}
	if *reports[0].Results[0].Actual != 5.2 {
		t.Errorf("writing changed the report it was given")
	}
	_, trend := sampleTrend(t)
	trend.Rows[0].Cells[0].Actual = &inf
	if b, err := marshal(finiteTrend(trend), ""); err != nil || !json.Valid(b) {
		t.Errorf("a trend with an infinite figure: %v", err)
	}
}

func TestJSONRules(t *testing.T) {
	out := writeRules(t, "json")
	goldenFile(t, "rules.json", out)
	var doc struct {
		Schema     int
		Indicators []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.Schema != 1 || len(doc.Indicators) != 10 {
		t.Errorf("rules JSON: schema %d, %d indicators, %v", doc.Schema, len(doc.Indicators), err)
	}
}
