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

// TestTrendOfNamedPlans makes a trend of files that name one plan, in that
// plan's year, and none of files that name two.
func TestTrendOfNamedPlans(t *testing.T) {
	p, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	report := func(period string, ref *PlanRef) Report {
		a, err := Load(period+".toml", []byte("period = \""+period+"\"\n[values]\n\"2\" = 2.3\n"), p)
		if err != nil {
			t.Fatal(err)
		}
		rep := Evaluate(p, a)
		rep.Plan = ref
		return rep
	}
	huzhou := &PlanRef{File: "plans/huzhou.txt", Info: indicators.Info{Title: "湖州", Year: 2023}}
	jiaxing := &PlanRef{File: "plans/jiaxing.txt", Info: indicators.Info{Title: "嘉兴", Year: 2023}}
	run := indicators.Info{Title: "绍兴", Year: 2022}
	tr, ok := NewTrend(run, []Report{report("2023-Q2", huzhou), report("2023-Q1", &PlanRef{File: "plans/huzhou.txt", Info: huzhou.Info})})
	if !ok || tr.Plan == nil || tr.Plan.Title != "湖州" || tr.Periods[0] != "2023-Q1" {
		t.Errorf("two quarters of one named plan: %+v, %v; want a trend titled 湖州", tr, ok)
	}
	for name, reports := range map[string][]Report{
		"two plans":            {report("2023-Q1", huzhou), report("2023-Q2", jiaxing)},
		"a plan and the run's": {report("2023-Q1", huzhou), report("2023-Q2", nil)},
	} {
		if _, ok := NewTrend(run, reports); ok {
			t.Errorf("%s: a trend, want none", name)
		}
	}
}

// TestTrendBuilderDropsWhatItCannotShow checks that a builder that has
// met a report outside the trend keeps nothing more.
func TestTrendBuilderDropsWhatItCannotShow(t *testing.T) {
	p, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Load("q1.toml", []byte("period = \"2023-Q1\"\n[values]\n\"2\" = 2.3\n"), p)
	if err != nil {
		t.Fatal(err)
	}
	b := NewTrendBuilder(p.Info)
	b.Add(Evaluate(p, a))
	b.Add(Failed("x.toml", &input.Error{Msg: "bad"}))
	b.Add(Evaluate(p, a))
	if _, ok := b.Trend(); ok || b.columns != nil || b.rows != nil {
		t.Errorf("after a file not checked: %d columns, %d rows kept", len(b.columns), len(b.rows))
	}
}
