package indicators

import (
	"strings"
	"testing"
)

func TestParseFigure(t *testing.T) {
	tests := []struct {
		in      string
		value   float64
		unit    string
		wantErr string // a part of the error; "" for none
	}{
		{"6.1%", 6.1, "%", ""},
		{"-0.3%", -0.3, "%", ""},
		{"1.43 %", 1.43, "%", ""},
		{"10.2万人", 10.2, "万人", ""},
		{"３.８％", 3.8, "%", ""},
		{"3,800,000", 3800000, "", ""},
		{"3,800,000.5人", 3800000.5, "人", ""},
		{"-1,234", -1234, "", ""},
		{"３，８００，０００", 3800000, "", ""},
		{"38,00,000", 0, "", "a comma in a figure separates thousands"},
		{"3,80", 0, "", "a comma in a figure separates thousands"},
		{"3,8000", 0, "", "a comma in a figure separates thousands"},
		{"3800,000", 0, "", "a comma in a figure separates thousands"},
		{"1" + strings.Repeat("0", 400), 0, "", `"100000000000000000000000…" is larger than any figure a plan sets (at most 1e+15)`},
		{"2000000000000000", 0, "", "larger than any figure"},
		{"1000000000000000", 1e15, "", ""},
		{"5 percent", 0, "", `unknown unit "percent"`},
		{"about five", 0, "", "is not a figure"},
	}
	for _, tt := range tests {
		v, unit, err := ParseFigure(tt.in)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("ParseFigure(%.30q) error = %v, want %q", tt.in, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || v != tt.value || unit != tt.unit):
			t.Errorf("ParseFigure(%q) = %v %q %v, want %v %q", tt.in, v, unit, err, tt.value, tt.unit)
		}
		if err != nil && strings.Contains(err.Error(), "strconv") {
			t.Errorf("ParseFigure(%.30q): error shows Go internals: %v", tt.in, err)
		}
	}
}

// FuzzParseFigure checks that a figure read is finite and within
// MaxFigure, and that reading never panics.
func FuzzParseFigure(f *testing.F) {
	for _, s := range []string{"6.1%", "3,800,000", "３，８００", "-1,2", "10.2万人", "1e300"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, _, err := ParseFigure(s)
		if err == nil && !IsFigure(v) {
			t.Fatalf("ParseFigure(%q) = %v, beyond MaxFigure", s, v)
		}
	})
}
