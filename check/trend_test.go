package check

import (
	"testing"

	"plan/indicators"
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
	tr, ok := NewTrend(NewDocument(p.Info, q3, q1, q2))
	if !ok {
		t.Fatal("no trend for three quarters of one year")
	}
	if got := tr.Periods; len(got) != 3 || got[0] != "2023-Q1" || got[2] != "2023-Q3" || tr.Files[0] != "2023-Q1.toml" {
		t.Errorf("periods %v files %v, want Q1, Q2, Q3 in order", got, tr.Files)
	}
	row := tr.Rows[1]
	if row.ID != "2" || row.Cells[0].Status != Warn || row.Cells[1].Status != Pass || row.Cells[0].ActualText != "2.3" {
		t.Errorf("row 2 = %+v, want warn then pass", row)
	}
	for name, doc := range map[string]*Document{
		"one file":        NewDocument(p.Info, q1),
		"same period":     NewDocument(p.Info, q1, q1),
		"a file in error": NewDocument(p.Info, q1, Failed("x.toml", &InputError{File: "x.toml", Msg: "bad"})),
		"another year":    NewDocument(indicators.Info{Year: 2024}, q1, q2),
	} {
		if _, ok := NewTrend(doc); ok {
			t.Errorf("%s: a trend, want none", name)
		}
	}
}
