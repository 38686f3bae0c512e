package check

import (
	"testing"

	"plan/indicators"
	"plan/input"
)

func TestNewTrend(t *testing.T) {
	p, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	report := func(period, values string) Report {
		a, err := Load(period+".toml", []byte("period = \""+period+"\"\n[values]\n"+values), p)
		if err != nil {
			t.Fatal(err)
		}
		return Evaluate(p, a)
	}
	q1, q2, q3 := report("2023-Q1", "\"2\" = 2.3\n"), report("2023-Q2", "\"2\" = 4.9\n"), report("2023-Q3", "\"2\" = 7.3\n")
	tr, ok := NewTrend(p.Info, []Report{q3, q1, q2})
	if !ok {
		t.Fatal("no trend for three quarters of one year")
	}
	if got := tr.Periods; len(got) != 3 || got[0] != "2023-Q1" || got[2] != "2023-Q3" || tr.Files[0] != "2023-Q1.toml" {
		t.Errorf("periods %v files %v, want Q1, Q2, Q3 in order", got, tr.Files)
	}
	if len(tr.Summaries) != 3 || tr.Summaries[0] != q1.Summary {
		t.Errorf("summaries %v, want each period's in order", tr.Summaries)
	}
	row := tr.Rows[1]
	if row.ID != "2" || row.Cells[0].Status != Warn || row.Cells[1].Status != Pass || row.Cells[0].ActualText != "2.3" {
		t.Errorf("row 2 = %+v, want warn then pass", row)
	}
	broken := Failed("x.toml", &input.Error{Pos: input.Pos{File: "x.toml"}, Msg: "bad"})
	thirteen := make([]Report, MaxTrendPeriods+1)
	for name, tt := range map[string]struct {
		info    indicators.Info
		reports []Report
	}{
		"one file":           {p.Info, []Report{q1}},
		"same period":        {p.Info, []Report{q1, q1}},
		"a file in error":    {p.Info, []Report{q1, broken}},
		"another year":       {indicators.Info{Year: 2024}, []Report{q1, q2}},
		"more than a year's": {p.Info, thirteen},
	} {
		if _, ok := NewTrend(tt.info, tt.reports); ok {
			t.Errorf("%s: a trend, want none", name)
		}
	}
}

func TestTotals(t *testing.T) {
	pass := Report{Summary: Summary{Pass: 2, Missing: 1}}
	fail := Report{Summary: Summary{Fail: 1}}
	broken := Failed("x.toml", &input.Error{Msg: "bad"})
	tests := []struct {
		name    string
		reports []Report
		level   FailOn
		want    int
	}{
		{"all pass", []Report{pass}, FailOnFail, ExitOK},
		{"missing at fail", []Report{pass}, FailOnFail, ExitOK},
		{"missing at missing", []Report{pass}, FailOnMissing, ExitFailed},
		{"a fail", []Report{pass, fail}, FailOnFail, ExitFailed},
		{"a file not checked wins", []Report{fail, broken}, FailOnFail, ExitBroken},
	}
	for _, tt := range tests {
		var tot Totals
		for _, r := range tt.reports {
			tot.Add(r)
		}
		if got := tot.ExitCode(tt.level); got != tt.want {
			t.Errorf("%s: exit %d, want %d", tt.name, got, tt.want)
		}
	}
	var tot Totals
	tot.Add(pass)
	tot.Add(broken)
	if tot.Files != 2 || tot.NotChecked != 1 || tot.Summary != pass.Summary {
		t.Errorf("totals %+v, want 2 files, 1 not checked and the first's summary", tot)
	}
}

func TestFailedKeepsEveryError(t *testing.T) {
	var errs input.ErrorList
	errs.Add(input.Pos{File: "a.toml", Line: 7}, "second")
	errs.Add(input.Pos{File: "a.toml", Line: 2}, "first")
	rep := Failed("a.toml", errs)
	if rep.Error != "a.toml:2: first\na.toml:7: second" || len(rep.Errors) != 2 || rep.Errors[0].Pos.Line != 2 || rep.Results == nil {
		t.Errorf("Failed = %+v, want both errors in line order and an empty list of results", rep)
	}
}
