package check

import (
	"strings"
	"testing"
)

// TestLoadPeriod: a file gives its period, or the caller does (--period);
// when both do they agree; a file with neither is an error naming the fix.
func TestLoadPeriod(t *testing.T) {
	tests := []struct {
		name, given, text string
		months            int    // the period read, when it loads
		want              string // a part of the error, when it does not
	}{
		{"the file's", "", "period = \"2024-Q2\"\n[values]\n\"1\" = 5\n", 6, ""},
		{"the caller's", "2024-Q1", "[values]\n\"1\" = 5\n", 3, ""},
		{"both, agreeing", "2024-06", "period = \"2024-Q2\"\n", 6, ""},
		{"neither", "", "[values]\n\"1\" = 5\n", 0,
			"a.toml: \"period\": no period: the file does not say which months its figures cover\nhint: add a line such as period = \"2024-Q1\""},
		{"both, differing", "2024-Q3", "period = \"2024-Q2\"\n", 0,
			"a.toml:1: \"period\": the file's period 2024-Q2 is not the period given with --period, 2024-Q3"},
		{"the caller's outside the year", "2023", "[values]\n\"1\" = 5\n", 0, "a.toml: --period 2023 is outside the plan year 2024"},
		{"the caller's malformed", "2024-H1", "[values]\n\"1\" = 5\n", 0, "a.toml: --period: period \"2024-H1\": write the year"},
		{"a figure's own, later than the caller's", "2024-Q1", "[values]\n\"1\" = { value = 5, period = \"2024-04\" }\n", 0,
			"a.toml:2: \"1\": period 2024-04 is later than the file's period 2024-Q1"},
		{"a figure's own, earlier", "2024-Q2", "[values]\n\"1\" = { value = 5, period = \"2024-05\" }\n", 6, ""},
	}
	p := readTestPlan(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := LoadOptions{Period: tt.given}.Load("a.toml", []byte(tt.text), p)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.want == "" && a.Period.Months != tt.months:
				t.Errorf("period %+v, want %d months", a.Period, tt.months)
			case tt.want != "" && (err == nil || !strings.Contains(errorText(err), tt.want)):
				t.Errorf("error:\n%s\nwant it to contain\n%s", errorText(err), tt.want)
			}
		})
	}
}
