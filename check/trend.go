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
	Plan      *PlanRef   `json:"plan,omitempty"` // the plan the files name, when it is not the run's
	Periods   []string   `json:"periods"`        // in the order of the year
	Files     []string   `json:"files"`          // the file of each period
	Rows      []TrendRow `json:"rows"`           // in table order
	Summaries []Summary  `json:"-"`              // the summary of each period's file
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
	b := NewTrendBuilder(plan)
	for _, rep := range reports {
		b.Add(rep)
	}
	return b.Trend()
}

// TrendBuilder gathers the trend view of a run's reports one at a time,
// as they are judged, keeping of each only the cells the view shows.
type TrendBuilder struct {
	plan    indicators.Info // the run's plan
	rows    []TrendRow      // the indicators, from the first report, without cells
	columns []trendColumn   // one per report, in the order added
	ref     *PlanRef        // the plan the first report names, if any
	none    bool            // the reports cannot make a trend
}

// trendColumn is one period of a trend: its file, summary and cells.
type trendColumn struct {
	months  int
	period  string
	file    string
	summary Summary
	cells   []TrendCell // in the order of the rows
}

// NewTrendBuilder starts a trend view of reports judged against plan,
// the run's plan (a report that names another says so in its Plan).
func NewTrendBuilder(plan indicators.Info) *TrendBuilder {
	return &TrendBuilder{plan: plan}
}

// Add takes the next report of the run. A report that cannot be a period
// of the trend (not checked, a period outside the plan's year or one
// already given, another plan, a thirteenth file) ends it: from then on
// nothing is kept.
func (b *TrendBuilder) Add(rep Report) {
	if b.none {
		return
	}
	col, ok := b.column(rep)
	if !ok {
		b.none, b.rows, b.columns = true, nil, nil
		return
	}
	b.columns = append(b.columns, col)
}

// column is the cells of a report, or false when it cannot join the trend.
func (b *TrendBuilder) column(rep Report) (trendColumn, bool) {
	if len(b.columns) == 0 {
		b.ref = rep.Plan
		b.rows = make([]TrendRow, len(rep.Results))
		for i, r := range rep.Results {
			b.rows[i] = TrendRow{ID: r.ID, Key: r.Key, Name: r.Name, NameEn: r.NameEn, Category: r.Category, Target: r.Target}
		}
	}
	year := b.plan.Year
	if rep.Plan != nil {
		year = rep.Plan.Year
	}
	p, err := ParsePeriod(rep.Period)
	if rep.Error != "" || err != nil || p.Year != year || len(b.columns) == MaxTrendPeriods ||
		!samePlan(rep.Plan, b.ref) || len(rep.Results) != len(b.rows) {
		return trendColumn{}, false
	}
	col := trendColumn{months: p.Months, period: rep.Period, file: rep.File, summary: rep.Summary, cells: make([]TrendCell, len(rep.Results))}
	for _, c := range b.columns {
		if c.months == p.Months {
			return trendColumn{}, false
		}
	}
	for i, r := range rep.Results {
		if r.ID != b.rows[i].ID {
			return trendColumn{}, false
		}
		col.cells[i] = TrendCell{Period: rep.Period, Actual: r.Actual, ActualText: shownActual(r), Status: r.Status, Note: r.Note}
	}
	return col, true
}

// samePlan reports whether two reports name the same plan, or none.
func samePlan(a, b *PlanRef) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// Trend is the trend view of the reports added, ordered by period, or
// false unless there are two or more and each could join it.
func (b *TrendBuilder) Trend() (*Trend, bool) {
	if b.none || len(b.columns) < 2 {
		return nil, false
	}
	cols := slices.Clone(b.columns)
	slices.SortFunc(cols, func(x, y trendColumn) int { return cmp.Compare(x.months, y.months) })
	t := &Trend{Plan: b.ref, Rows: make([]TrendRow, len(b.rows))}
	for _, c := range cols {
		t.Periods = append(t.Periods, c.period)
		t.Files = append(t.Files, c.file)
		t.Summaries = append(t.Summaries, c.summary)
	}
	for i, row := range b.rows {
		row.Cells = make([]TrendCell, len(cols))
		for k, c := range cols {
			row.Cells[k] = c.cells[i]
		}
		t.Rows[i] = row
	}
	return t, true
}

// shownActual is a figure as given, with its own period if it has one:
// "8.3% (to 2023-05)".
func shownActual(r Result) string {
	if r.Period != "" {
		return r.ActualText + " (to " + r.Period + ")"
	}
	return r.ActualText
}
