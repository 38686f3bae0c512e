package check

import (
	"fmt"

	"plan/indicators"
	"plan/input"
)

// Status is the verdict on one indicator.
type Status string

// The statuses, from best to worst; missing stands apart.
const (
	Pass    Status = "pass"
	Warn    Status = "warn"
	Fail    Status = "fail"
	Missing Status = "missing"
)

// Result is the verdict on one indicator that has a rule.
type Result struct {
	ID         string            `json:"id"`
	Key        string            `json:"key,omitempty"`
	Name       string            `json:"name"`
	NameEn     string            `json:"name_en,omitempty"`
	Category   string            `json:"category,omitempty"`
	Target     string            `json:"target"`
	Rule       indicators.Rule   `json:"rule"`
	Nature     indicators.Nature `json:"nature"`      // rate, flow or stock, as in force for this file
	Actual     *float64          `json:"actual"`      // in Unit; null when missing
	ActualText string            `json:"actual_text"` // as the file gives it
	Unit       string            `json:"unit,omitempty"`
	Status     Status            `json:"status"`
	Note       string            `json:"note"`
	Line       int               `json:"line,omitempty"`      // the line of the value in the actuals file
	Met        *bool             `json:"met,omitempty"`       // a true/false assessment, where one was given
	Period     string            `json:"period,omitempty"`    // the value's own period, where it is not the file's
	UnitSlip   bool              `json:"unit_slip,omitempty"` // the figure looks like one in the wrong unit: it fails, and is bad input under --strict
}

// Summary counts the results by status.
type Summary struct {
	Pass    int `json:"pass"`
	Warn    int `json:"warn"`
	Fail    int `json:"fail"`
	Missing int `json:"missing"`

	UnitSlip int `json:"unit_slip,omitempty"` // results that fail as a figure in the wrong unit (counted in Fail too)
}

// Add counts one status.
func (s *Summary) Add(st Status) {
	switch st {
	case Pass:
		s.Pass++
	case Warn:
		s.Warn++
	case Fail:
		s.Fail++
	case Missing:
		s.Missing++
	}
}

// Merge adds the counts of another summary.
func (s *Summary) Merge(o Summary) {
	s.Pass += o.Pass
	s.Warn += o.Warn
	s.Fail += o.Fail
	s.Missing += o.Missing
	s.UnitSlip += o.UnitSlip
}

// Total is the number of results counted.
func (s Summary) Total() int { return s.Pass + s.Warn + s.Fail + s.Missing }

// Report is the check of one actuals file.
type Report struct {
	File    string   `json:"file"`
	Plan    *PlanRef `json:"plan,omitempty"` // the plan the file names, when it is not the run's plan
	Period  string   `json:"period"`
	Results []Result `json:"results"`
	Summary Summary  `json:"summary"`
	Error   string   `json:"error,omitempty"` // why the file could not be checked: its errors, one a line

	// Errors are the problems that kept the file from being checked, in
	// the order of the file; none for a file checked.
	Errors input.ErrorList `json:"-"`
}

// PlanRef names the plan a report was judged against, when the actuals
// file names one (plan = "plans/huzhou-2024.txt") other than the plan of
// the run: the document, as the file names it from the working directory,
// and what the document says of itself.
type PlanRef struct {
	File string `json:"file"`
	indicators.Info
}

// Failed is the report of a file that could not be checked, with every
// problem err holds, in the order of the file.
func Failed(file string, err error) Report {
	errs := input.Errors(err)
	errs.Sort()
	return Report{File: file, Results: []Result{}, Error: errs.Error(), Errors: errs}
}

// Schema is the version of the JSON report of plan check. A change to the
// meaning of a field is a new schema; a new field is not.
const Schema = 1

// SummaryLine writes a summary as one line: "49 indicators: 3 pass, 1 warn,
// 0 fail, 45 missing".
func SummaryLine(s Summary) string {
	return fmt.Sprintf("%d indicators: %d pass, %d warn, %d fail, %d missing", s.Total(), s.Pass, s.Warn, s.Fail, s.Missing)
}

// Totals sum up the reports of a run, for its last line and its exit status.
type Totals struct {
	Files      int     // reports, one a file
	NotChecked int     // reports of files that could not be checked
	Summary    Summary // the results of every file checked
}

// Add counts one report.
func (t *Totals) Add(rep Report) {
	t.Files++
	if rep.Error != "" {
		t.NotChecked++
	}
	t.Summary.Merge(rep.Summary)
}

// The exit statuses of plan check. A failing target (1) is never confused
// with a file that could not be checked (2).
const (
	ExitOK     = 0 // no result reaches the --fail-on level
	ExitFailed = 1 // a result does
	ExitBroken = 2 // a file could not be checked; it wins over ExitFailed
)

// ExitCode is the exit status of a run with these totals at a --fail-on level.
func (t Totals) ExitCode(level FailOn) int {
	switch {
	case t.NotChecked > 0:
		return ExitBroken
	case t.Summary.Reaches(level):
		return ExitFailed
	}
	return ExitOK
}

// FailOn is the level at which a run fails (exit status 1).
type FailOn string

// The --fail-on levels: each includes the ones after it.
const (
	FailOnMissing FailOn = "missing" // anything missing, warn or fail
	FailOnWarn    FailOn = "warn"    // any warn or fail
	FailOnFail    FailOn = "fail"    // any fail
)

// ParseFailOn reads a --fail-on level.
func ParseFailOn(s string) (FailOn, bool) {
	switch f := FailOn(s); f {
	case FailOnMissing, FailOnWarn, FailOnFail:
		return f, true
	}
	return "", false
}

// Reaches reports whether a summary has a result at or beyond the level.
func (s Summary) Reaches(level FailOn) bool {
	switch level {
	case FailOnMissing:
		return s.Missing+s.Warn+s.Fail > 0
	case FailOnWarn:
		return s.Warn+s.Fail > 0
	}
	return s.Fail > 0
}
