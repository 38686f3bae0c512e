package check

import (
	"errors"

	"plan/indicators"
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
	File      string   `json:"file"`
	Period    string   `json:"period"`
	Results   []Result `json:"results"`
	Summary   Summary  `json:"summary"`
	Error     string   `json:"error,omitempty"` // why the file could not be checked
	ErrorLine int      `json:"-"`               // the line the error is at, 0 if none
}

// Failed is the report of a file that could not be checked.
func Failed(file string, err error) Report {
	r := Report{File: file, Results: []Result{}, Error: err.Error()}
	var ie *InputError
	if errors.As(err, &ie) {
		r.ErrorLine = ie.Line
	}
	return r
}

// Errors counts the reports that could not be checked.
func (d *Document) Errors() int {
	n := 0
	for _, r := range d.Reports {
		if r.Error != "" {
			n++
		}
	}
	return n
}

// Document is everything one run checked: the plan and one report a file.
type Document struct {
	Schema  int             `json:"schema"`
	Plan    indicators.Info `json:"plan"`
	Reports []Report        `json:"reports"`
	Summary Summary         `json:"summary"`
	Trend   *Trend          `json:"trend,omitempty"` // set when the files are periods of one year
}

// NewDocument gathers reports on a plan and sums them up.
func NewDocument(info indicators.Info, reports ...Report) *Document {
	d := &Document{Schema: 1, Plan: info, Reports: reports}
	for _, r := range reports {
		d.Summary.Merge(r.Summary)
	}
	return d
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
