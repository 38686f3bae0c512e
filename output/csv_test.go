package output

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"
)

func TestCSVReports(t *testing.T) {
	out := writeRun(t, "csv", Options{}, sampleReports(t), nil)
	goldenFile(t, "reports.csv", out)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, out)
	}
	if len(rows) != 11 || !slices.Equal(rows[0], reportCSVHeader()) {
		t.Fatalf("%d rows, header %v; want a header and 10 results", len(rows), rows[0])
	}
	if rows[1][0] != `dir/a,"b"|c.toml` || rows[1][2] != "1" || rows[1][11] != "pass" {
		t.Errorf("first result row = %v", rows[1])
	}
	if !strings.Contains(out, `"dir/a,""b""|c.toml"`) {
		t.Errorf("a field with a comma and quotes is not quoted as RFC 4180 says:\n%s", out)
	}
	if en := writeRun(t, "csv", Options{Lang: "en"}, sampleReports(t), nil); !strings.Contains(en, ",GDP growth,") {
		t.Errorf("--lang en: no English name:\n%s", en)
	}
}

func TestCSVRules(t *testing.T) {
	out := writeRules(t, "csv")
	goldenFile(t, "rules.csv", out)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 11 || !slices.Equal(rows[0], rulesCSVHeader()) {
		t.Errorf("rules CSV: %d rows, %v", len(rows), err)
	}
}
