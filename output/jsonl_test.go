package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestJSONLReports(t *testing.T) {
	reports := sampleReports(t)
	out := writeRun(t, "jsonl", Options{}, reports, nil)
	goldenFile(t, "reports.jsonl", out)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(reports) {
		t.Fatalf("%d lines for %d reports:\n%s", len(lines), len(reports), out)
	}
	for i, line := range lines {
		var got struct {
			File  string
			Error string
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		if got.File != reports[i].File || got.Error != reports[i].Error {
			t.Errorf("line %d: file %q, error %q; want the report of %s", i+1, got.File, got.Error, reports[i].File)
		}
	}
}

// TestJSONLSameReportAsJSON checks that each line is the report object of
// --format json, byte for byte once compacted.
func TestJSONLSameReportAsJSON(t *testing.T) {
	reports := sampleReports(t)
	var whole struct{ Reports []json.RawMessage }
	if err := json.Unmarshal([]byte(writeRun(t, "json", Options{}, reports, nil)), &whole); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(writeRun(t, "jsonl", Options{}, reports, nil)))
	sc.Buffer(nil, 1<<20)
	i := 0
	for ; sc.Scan(); i++ {
		var compact bytes.Buffer
		if err := json.Compact(&compact, whole.Reports[i]); err != nil {
			t.Fatal(err)
		}
		if sc.Text() != compact.String() {
			t.Errorf("line %d differs from the report in --format json:\n%s\n%s", i+1, sc.Text(), compact.String())
		}
	}
	if i != len(reports) {
		t.Errorf("%d lines for %d reports", i, len(reports))
	}
}

// TestJSONLNoTrend checks that a trend run writes the reports alone.
func TestJSONLNoTrend(t *testing.T) {
	reports, trend := sampleTrend(t)
	out := writeRun(t, "jsonl", Options{}, reports, trend)
	if n := strings.Count(out, "\n"); n != 2 || strings.Contains(out, `"periods"`) {
		t.Errorf("a trend run in jsonl: %d lines, want the 2 reports alone:\n%s", n, out)
	}
}
