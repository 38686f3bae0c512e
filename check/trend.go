package check

import (
	"cmp"
	"slices"

	"plan/indicators"
)

// MaxTrendPeriods is the most files a trend view can have: one per
// distinct period of a year, and periods are told apart by the months they
// cover (a quarter is the same period as its last month), so twelve.
const MaxTrendPeriods = 12

// Trend is the view of several files that are periods of one year: one row
// per indicator, one cell per period, so a person sees an indicator turn
// from warn to pass. It keeps only what it shows.
type Trend struct {
	Periods   []string   `json:"periods"` // in the order of the year
	Files     []string   `json:"files"`   // the file of each period
	Rows      []TrendRow `json:"rows"`    // in table order
	Summaries []Summary  `json:"-"`       // the summary of each period's file
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
	ActualText string   `json:"actual_text"` // as the file gives it, with its own period if it has one
	Status     Status   `json:"status"`
	Note       string   `json:"note"`
}

// NewTrend builds the trend view of the reports of a run on a plan. It
// reports false unless there are two or more, all checked, whose periods
// are distinct periods of the plan's year.
func NewTrend(plan indicators.Info, reports []Report) (*Trend, bool) {
	if len(reports) < 2 || len(reports) > MaxTrendPeriods {
		return nil, false
	}
	ordered, ok := byPeriod(plan, reports)
	if !ok {
		return nil, false
	}
	t := &Trend{}
	for _, rep := range ordered {
		t.Periods = append(t.Periods, rep.Period)
		t.Files = append(t.Files, rep.File)
		t.Summaries = append(t.Summaries, rep.Summary)
	}
	for i, first := range ordered[0].Results {
		row := TrendRow{ID: first.ID, Key: first.Key, Name: first.Name, NameEn: first.NameEn, Category: first.Category, Target: first.Target}
		for _, rep := range ordered {
			r := rep.Results[i]
			row.Cells = append(row.Cells, TrendCell{Period: rep.Period, Actual: r.Actual, ActualText: shownActual(r), Status: r.Status, Note: r.Note})
		}
		t.Rows = append(t.Rows, row)
	}
	return t, true
}

// byPeriod orders the reports by period, and reports false when one could
// not be checked, two share a period, one falls outside the plan's year,
// or they do not judge the same indicators.
func byPeriod(plan indicators.Info, reports []Report) ([]Report, bool) {
	type dated struct {
		months int
		rep    Report
	}
	ds := make([]dated, 0, len(reports))
	seen := map[int]bool{}
	for _, rep := range reports {
		p, err := ParsePeriod(rep.Period)
		if rep.Error != "" || err != nil || p.Year != plan.Year || seen[p.Months] || len(rep.Results) != len(reports[0].Results) {
			return nil, false
		}
		seen[p.Months] = true
		ds = append(ds, dated{p.Months, rep})
	}
	slices.SortFunc(ds, func(a, b dated) int { return cmp.Compare(a.months, b.months) })
	out := make([]Report, len(ds))
	for i, d := range ds {
		out[i] = d.rep
	}
	return out, true
}

// shownActual is a figure as given, with its own period if it has one:
// "8.3% (to 2023-05)".
func shownActual(r Result) string {
	if r.Period != "" {
		return r.ActualText + " (to " + r.Period + ")"
	}
	return r.ActualText
}
