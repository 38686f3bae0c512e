package check

import (
	"os"
	"strings"
	"testing"

	"plan/indicators"
)

// TestUnitSlips fails, and marks, a figure whose magnitude is far from its
// target's, saying what it looks like in the target's unit; figures near
// their targets, of the other sign, or zero are judged as usual.
func TestUnitSlips(t *testing.T) {
	tests := []struct {
		name, values, id string
		status           Status
		slip             bool
		note             string
	}{
		{"a share as a fraction", `"10" = 0.046`, "10", Fail, true, "check the unit: 0.046 looks like 4.6%"},
		{"a true unemployment above target, as a fraction", `"10" = 0.06`, "10", Fail, true, "0.06 looks like 6%"},
		{"a count 100 times off", `"9" = 5700`, "9", Fail, true, "5700 looks like 57家"},
		{"a count 20 times off", `"9" = 1140`, "9", Fail, true, "1140 looks like 114家"},
		{"a count 19 times off", `"9" = 1083`, "9", Pass, false, ""},
		{"a growth near zero", `"1" = 0.2`, "1", Fail, false, "−4.8 pp"},
		{"a growth under a fiftieth of its target", `"1" = 0.1`, "1", Fail, true, "0.1 looks like 10%"},
		{"a negative growth", `"1" = -0.3`, "1", Fail, false, "−5.3 pp"},
		{"zero", `"1" = 0`, "1", Fail, false, "−5 pp"},
		{"an external figure", `"4" = { value = 0.031, target = 3 }`, "4", Fail, true, "0.031 looks like 3.1"},
		{"in step as a fraction", "\"1\" = 6\n\"2\" = 0.058", "2", Fail, true, "0.058 looks like 5.8%"},
		{"in step beside GDP near zero", "\"1\" = 0.2\n\"2\" = 5", "2", Pass, false, "+4.8 pp"},
		{"in step against a reference in the wrong unit", "\"1\" = 0.06\n\"2\" = 0.058", "2", Fail, false, "check the unit of its reference 1 gdp_growth: 0.06 looks like 6%"},
		{"the reference itself", "\"1\" = 0.06\n\"2\" = 0.058", "1", Fail, true, "0.06 looks like 6%"},
		{"a growth as an index", `"1" = 104.5`, "1", Fail, true, "104.5 looks like an index (上年=100), a change of 4.5%"},
		{"a fall as an index", `"1" = 97.2`, "1", Fail, true, "a change of -2.8%"},
		{"a large growth written with its %", `"1" = "96.9%"`, "1", Pass, false, "+91.9 pp"},
		{"a level just 1,000 times under its cap", `"5" = { value = "0.01亿立方米", target = "10亿立方米" }`, "5", Fail, true, "looks like"},
		{"a level far under its cap", `"5" = { value = "0.4亿立方米", target = "10亿立方米" }`, "5", Pass, false, ""},
		{"a level under its cap in the wrong multiplier", `"5" = { value = "9万立方米", target = "10亿立方米" }`, "5", Fail, true, "looks like 90000万立方米"},
		{"a level over its cap in the wrong multiplier", `"5" = { value = 400, target = "10亿立方米" }`, "5", Fail, true, "400 looks like 4亿立方米"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := checkText(t, "[values]\n"+tt.values)
			r := resultOf(t, rep, tt.id)
			if r.Status != tt.status || r.UnitSlip != tt.slip || !strings.Contains(r.Note, tt.note) {
				t.Errorf("%s: %s slip=%v %q, want %s slip=%v with %q", tt.id, r.Status, r.UnitSlip, r.Note, tt.status, tt.slip, tt.note)
			}
			if tt.slip && rep.Summary.UnitSlip == 0 {
				t.Errorf("summary %+v counts no unit slip", rep.Summary)
			}
		})
	}
}

// TestUnitSlipsOfLevels reads a bare number in the target's unit and a
// figure with another multiplier converted, on the embedded plan.
func TestUnitSlipsOfLevels(t *testing.T) {
	data, err := os.ReadFile("../seeds/shaoxing-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := mustRead(t, data)
	tests := []struct {
		key, value string
		status     Status
		note       string
	}{
		{"new_urban_jobs", `98000`, Fail, "check the unit: 98000 looks like 9.8万人"},
		{"new_urban_jobs", `"98000人"`, Pass, "+0.3万人"},
		{"new_urban_jobs", `"9.8万人"`, Pass, "+0.3万人"},
		{"foreign_investment", `"14万美元"`, Fail, "check the unit: 14万美元 looks like 14亿美元"},
		{"foreign_investment", `"14亿美元"`, Pass, ""},
		{"urban_unemployment", `0.046`, Fail, "check the unit: 0.046 looks like 4.6%"},
	}
	for _, tt := range tests {
		a, err := LoadOptions{Period: "2023"}.Load("u.toml", []byte("[values]\n"+tt.key+" = "+tt.value+"\n"), p)
		if err != nil {
			t.Errorf("%s = %s: %v", tt.key, tt.value, err)
			continue
		}
		ind, _ := p.Lookup(tt.key)
		r := resultOf(t, Evaluate(p, a), ind.ID)
		if r.Status != tt.status || !strings.Contains(r.Note, tt.note) || r.UnitSlip != (tt.status == Fail) {
			t.Errorf("%s = %s: %s slip=%v %q, want %s with %q", tt.key, tt.value, r.Status, r.UnitSlip, r.Note, tt.status, tt.note)
		}
	}
}

// TestUnitSlipOfAFlowEarlyInTheYear keeps a January flow, a twelfth of its
// annual target, clear of the slip band.
func TestUnitSlipOfAFlowEarlyInTheYear(t *testing.T) {
	p, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Load("n.toml", []byte("period = \"2023-01\"\n[values]\n\"2\" = 0.8\n"), p)
	if err != nil {
		t.Fatal(err)
	}
	if r := resultOf(t, Evaluate(p, a), "2"); r.UnitSlip || r.Status != Pass {
		t.Errorf("0.8万人 in January against 9.6万人 for the year: %s slip=%v %q, want pass", r.Status, r.UnitSlip, r.Note)
	}
}

// TestUnitSlipUnderQuota takes a figure far under a higher level's quota
// (不超省下达指标) for a real one, whatever the row's name makes its polarity.
func TestUnitSlipUnderQuota(t *testing.T) {
	p, err := indicators.Read("q.txt", []byte("指标名称 | 2023年目标\n新增建设用地 | 不超省下达指标\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := LoadOptions{Period: "2023"}.Load("a.toml", []byte("[values]\n\"1\" = { value = \"30公顷\", target = \"800公顷\" }\n"), p)
	if err != nil {
		t.Fatal(err)
	}
	if r := resultOf(t, Evaluate(p, a), "1"); r.Status != Pass || r.UnitSlip {
		t.Errorf("30公顷 under a quota of 800公顷: %s slip=%v %q, want pass", r.Status, r.UnitSlip, r.Note)
	}
}
