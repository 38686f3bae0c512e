package check

import (
	"sort"
)

// Trend is the view of several files that are periods of one year: one row
// per indicator, one cell per period, so a person sees an indicator turn
// from warn to pass.
type Trend struct {
	Periods []string   `json:"periods"` // in the order of the year
	Files   []string   `json:"files"`   // the file of each period
	Rows    []TrendRow `json:"rows"`    // in table order
}

// TrendRow is one indicator across the periods.
type TrendRow struct {
	ID       string      `json:"id"`
	Key      string      `json:"key,omitempty"`
	Name     string      `json:"name"`
	NameEn   string      `json:"name_en,omitempty"`
	Category string      `json:"category,omitempty"`
	Target   string      `json:"target"`
	Cells    []TrendCell `json:"cells"` // one per period, in the order of Periods
}

// TrendCell is the verdict on an indicator in one period.
type TrendCell struct {
	Period     string   `json:"period"`
	Actual     *float64 `json:"actual"`
	ActualText string   `json:"actual_text"`
	Status     Status   `json:"status"`
	Note       string   `json:"note"`
}

// NewTrend builds the trend view of a document. It reports false unless the
// document holds two or more checked files whose periods are distinct
// periods of the plan's year.
func NewTrend(d *Document) (*Trend, bool) {
	if len(d.Reports) < 2 || d.Errors() > 0 {
		return nil, false
	}
	reports, ok := byPeriod(d)
	if !ok {
		return nil, false
	}
	t := &Trend{}
	for _, rep := range reports {
		t.Periods = append(t.Periods, rep.Period)
		t.Files = append(t.Files, rep.File)
	}
	for i, first := range reports[0].Results {
		row := TrendRow{ID: first.ID, Key: first.Key, Name: first.Name, NameEn: first.NameEn, Category: first.Category, Target: first.Target}
		for _, rep := range reports {
			r := rep.Results[i]
			row.Cells = append(row.Cells, TrendCell{Period: rep.Period, Actual: r.Actual, ActualText: displayActual(r), Status: r.Status, Note: r.Note})
		}
		t.Rows = append(t.Rows, row)
	}
	return t, true
}

// byPeriod orders the reports by period, and reports false when two share
// a period or one falls outside the plan's year.
func byPeriod(d *Document) ([]Report, bool) {
	type dated struct {
		months int
		rep    Report
	}
	var ds []dated
	seen := map[int]bool{}
	for _, rep := range d.Reports {
		p, err := ParsePeriod(rep.Period)
		if err != nil || p.Year != d.Plan.Year || seen[p.Months] || len(rep.Results) != len(d.Reports[0].Results) {
			return nil, false
		}
		seen[p.Months] = true
		ds = append(ds, dated{p.Months, rep})
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].months < ds[j].months })
	out := make([]Report, len(ds))
	for i, x := range ds {
		out[i] = x.rep
	}
	return out, true
}

// anyFigure reports whether a row has a figure in some period.
func (row TrendRow) anyFigure() bool {
	for _, c := range row.Cells {
		if c.Actual != nil || c.Status != Missing {
			return true
		}
	}
	return false
}

// trendName is a row's name in the language asked for.
func (row TrendRow) trendName(lang string) string {
	return displayName(Result{Name: row.Name, NameEn: row.NameEn}, lang)
}
