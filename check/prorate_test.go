package check

import (
	"fmt"
	"strings"
	"testing"

	"plan/indicators"
)

// TestRatesNeverProrated judges a target in % of every kind, under every
// nature a plan may (wrongly) give it and every period: the verdict and
// note are the full year's, never a share of the target. A growth rate
// does not accumulate through the year.
func TestRatesNeverProrated(t *testing.T) {
	kinds := []indicators.Kind{
		indicators.AtLeast, indicators.Above, indicators.AtMost, indicators.Below, indicators.About,
		indicators.Target, indicators.Range, indicators.InStepWith, indicators.External,
	}
	natures := []indicators.Nature{indicators.Rate, indicators.Flow, indicators.Stock}
	periods := []string{"2024-01", "2024-Q1", "2024-05", "2024-Q2", "2024-Q3", "2024-11"}
	polarities := []indicators.Polarity{indicators.Higher, indicators.Lower}
	figures := []string{`"2.5%"`, `"5%"`, `"7.5%"`, "2.5", "5", "7.5"} // a bare figure is in the target's unit
	for _, kind := range kinds {
		for _, nature := range natures {
			for _, pol := range polarities {
				p := rateTestPlan(kind, nature, pol)
				for _, fig := range figures {
					want := judgeRate(t, p, "2024", kind, fig)
					for _, period := range periods {
						got := judgeRate(t, p, period, kind, fig)
						if got.Status != want.Status || got.Note != want.Note || got.Nature != indicators.Rate {
							t.Errorf("%s %s %s, %s at %s: %s %s %q; the full year: %s %q",
								kind, nature, pol, fig, period, got.Status, got.Nature, got.Note, want.Status, want.Note)
						}
					}
				}
			}
		}
	}
}

// rateTestPlan is a plan with a GDP growth row and one target in % of the
// kind, nature and polarity given.
func rateTestPlan(kind indicators.Kind, nature indicators.Nature, pol indicators.Polarity) *indicators.Plan {
	five, six := 5.0, 6.0
	rule := &indicators.Rule{Kind: kind, Value: &five, Unit: "%", Polarity: pol}
	switch kind {
	case indicators.Range:
		rule.Value, rule.Low, rule.High = nil, &five, &six
	case indicators.InStepWith:
		rule.Value, rule.Unit, rule.Ref, rule.Relation = nil, "", "1", indicators.RelAbout
	case indicators.External:
		rule.Value, rule.Unit = nil, ""
	}
	return &indicators.Plan{
		Info: indicators.Info{Title: "2024年计划", Year: 2024},
		Indicators: []indicators.Indicator{
			{ID: "1", Name: "地区生产总值增长", Target: "5%以上", Nature: indicators.Rate,
				Rule: &indicators.Rule{Kind: indicators.AtLeast, Value: &five, Unit: "%", Polarity: indicators.Higher}},
			{ID: "2", Name: "某项增长", Target: string(kind), Nature: nature, Rule: rule},
		},
	}
}

// judgeRate loads one figure for indicator 2 at a period and judges it.
func judgeRate(t *testing.T, p *indicators.Plan, period string, kind indicators.Kind, fig string) Result {
	t.Helper()
	value := fig
	if kind == indicators.External {
		value = fmt.Sprintf(`{ value = %s, target = "5%%" }`, fig)
	}
	text := fmt.Sprintf("period = %q\n[values]\n\"1\" = \"5%%\"\n\"2\" = %s\n", period, value)
	a, err := Load("r.toml", []byte(text), p)
	if err != nil {
		t.Fatalf("%s: %v", text, err)
	}
	r := resultOf(t, Evaluate(p, a), "2")
	if strings.Contains(r.Note, "due by") || strings.Contains(r.Note, "not yet reached") {
		t.Errorf("%s %s at %s: note %q judges a share of the year", kind, fig, period, r.Note)
	}
	return r
}

// TestRateNatureOverride refuses a file's [nature] that makes a target in
// % a flow or a stock.
func TestRateNatureOverride(t *testing.T) {
	_, err := loadTest(t, "[nature]\n\"1\" = \"flow\"\n")
	if err == nil || !strings.Contains(err.Error(), `a.toml:2: "1": 1 地区生产总值增长 has a target in %, a rate: it cannot be a flow`) {
		t.Errorf("a growth rate made a flow: error %v", err)
	}
}
