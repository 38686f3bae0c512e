package check

import (
	"encoding/csv"
	"strings"
	"testing"
)

func TestRenderCSV(t *testing.T) {
	out := render(t, "csv", RenderOptions{})
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, out)
	}
	if len(rows) != 11 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("%d rows, header %v; want a header and 10 results", len(rows), rows[0])
	}
	if rows[1][0] != `dir/a,"b"|c.toml` || rows[1][2] != "1" || rows[1][11] != "pass" {
		t.Errorf("first result row = %v", rows[1])
	}
	if !strings.Contains(out, `"dir/a,""b""|c.toml"`) {
		t.Errorf("a field with a comma and quotes is not quoted as RFC 4180 says:\n%s", out)
	}
}
