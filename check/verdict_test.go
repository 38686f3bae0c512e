package check

import (
	"fmt"
	"testing"

	"plan/indicators"
)

// TestThresholds judges figures at the boundaries of every kind and
// polarity, with the default tolerances (5% of the target: 0.5 for 10).
func TestThresholds(t *testing.T) {
	const (
		hi = indicators.Higher
		lo = indicators.Lower
		ne = indicators.Neutral
	)
	tests := []struct {
		kind   indicators.Kind
		pol    indicators.Polarity
		lo, hi float64
		checks map[float64]Status
	}{
		{indicators.AtLeast, hi, 10, 10, map[float64]Status{11: Pass, 10: Pass, 9.9: Warn, 9.5: Warn, 9.49: Fail}},
		{indicators.AtLeast, lo, 10, 10, map[float64]Status{10: Pass, 9.5: Warn, 9.49: Fail}},
		{indicators.Above, hi, 10, 10, map[float64]Status{10.01: Pass, 10: Warn, 9.5: Warn, 9.49: Fail}},
		{indicators.AtMost, lo, 10, 10, map[float64]Status{9: Pass, 10: Pass, 10.5: Warn, 10.51: Fail}},
		{indicators.AtMost, hi, 10, 10, map[float64]Status{10: Pass, 10.5: Warn, 10.51: Fail}},
		{indicators.Below, lo, 10, 10, map[float64]Status{9.99: Pass, 10: Warn, 10.5: Warn, 10.51: Fail}},
		{indicators.About, hi, 10, 10, map[float64]Status{12: Pass, 10: Pass, 9.5: Pass, 9.2: Warn, 9: Warn, 8.99: Fail}},
		{indicators.About, lo, 10, 10, map[float64]Status{5: Pass, 10: Pass, 10.5: Pass, 11: Warn, 11.01: Fail}},
		{indicators.About, ne, 10, 10, map[float64]Status{9.5: Pass, 10: Pass, 10.5: Pass, 9: Warn, 11: Warn, 8.99: Fail, 11.01: Fail}},
		{indicators.Target, hi, 10, 10, map[float64]Status{10: Pass, 12: Pass, 9.5: Warn, 9.49: Fail}},
		{indicators.Target, lo, 10, 10, map[float64]Status{10: Pass, 8: Pass, 10.5: Warn, 10.51: Fail}},
		{indicators.Target, ne, 10, 10, map[float64]Status{10.5: Pass, 9.5: Pass, 11: Warn, 9: Warn, 11.01: Fail}},
		{indicators.Range, hi, 6, 6.5, map[float64]Status{6: Pass, 6.5: Pass, 7: Pass, 5.7: Warn, 5.69: Fail}},
		{indicators.Range, lo, 6, 6.5, map[float64]Status{5: Pass, 6: Pass, 6.5: Pass, 6.825: Warn, 6.83: Fail}},
		{indicators.Range, ne, 6, 6.5, map[float64]Status{6: Pass, 6.25: Pass, 6.5: Pass, 5.7: Warn, 6.825: Warn, 5.69: Fail, 6.83: Fail}},
	}
	for _, tt := range tests {
		th := thresholds(tt.kind, tt.pol, tt.lo, tt.hi, "%", DefaultTolerances())
		for a, want := range tt.checks {
			t.Run(fmt.Sprintf("%s/%s/%v", tt.kind, tt.pol, a), func(t *testing.T) {
				if got := th.Classify(a); got != want {
					t.Errorf("%s %v–%v (%s): actual %v is %s, want %s (pass %s, warn %s)",
						tt.kind, tt.lo, tt.hi, tt.pol, a, got, want, th.Pass.Describe("%"), th.Warn.Describe("%"))
				}
			})
		}
	}
}

func TestTolerances(t *testing.T) {
	tests := []struct {
		in      any
		x       float64
		unit    string
		want    float64
		wantErr bool
	}{
		{"5%", 10, "%", 0.5, false},
		{"5%", 0.5, "%", 0.1, false}, // a share of a rate is never under a tenth of its unit
		{"5%", 0, "‰", 0.1, false},
		{"5%", 0.03, "‰", 0.01, false}, // a cap printed in hundredths keeps its hundredths
		{"0%", 0.5, "%", 0, false},
		{"5%", 0.5, "万人", 0.025, false},
		{"10%", 9.5, "万人", 0.95, false},
		{"0.3pp", 5, "%", 0.3, false},
		{"0.3pp", 14.3, "‰", 3, false},
		{"0.3个百分点", 5, "%", 0.3, false},
		{0.2, 1.68, "", 0.2, false},
		{int64(1), 57, "家", 1, false},
		{"1", 57, "家", 1, false},
		{"-5%", 10, "%", 0, true},
		{"five", 10, "%", 0, true},
		{true, 10, "%", 0, true},
	}
	for _, tt := range tests {
		tol, err := ParseTolerance(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseTolerance(%v) error = %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if got := round9(tol.Of(tt.x, tt.unit)); !tt.wantErr && got != tt.want {
			t.Errorf("ParseTolerance(%v).Of(%v, %s) = %v, want %v", tt.in, tt.x, tt.unit, got, tt.want)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in     string
		months int
		ok     bool
	}{
		{"2023", 12, true}, {"2023-Q1", 3, true}, {"2023-Q2", 6, true}, {"2023-Q4", 12, true},
		{"2023-01", 1, true}, {"2023-12", 12, true},
		{"2023-Q5", 0, false}, {"2023-13", 0, false}, {"2023-1", 0, false}, {"23", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if (err == nil) != tt.ok || (tt.ok && (p.Months != tt.months || p.Year != 2023)) {
			t.Errorf("ParsePeriod(%q) = %+v, %v; want %d months, ok %v", tt.in, p, err, tt.months, tt.ok)
		}
	}
}
