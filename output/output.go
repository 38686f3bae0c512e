// Package output writes what plan shows: the plan's indicators as typed
// rules (plan rules) and the reports of plan check, in every format a person
// or a program reads. Each format is one file with its test; Formats lists
// them, and the commands take their --format names from that list.
//
// Reports are written as they come: a ReportWriter is told about the run
// (Begin), then about each file's report in the order the files were listed
// (Report), then about the totals and the trend view (End), so that a run
// over many files need not hold them all.
package output

import (
	"fmt"
	"io"
	"strings"

	"plan/check"
	"plan/indicators"
)

// Doc is a kind of document a format can write.
type Doc int

// The documents plan writes.
const (
	Rules   Doc = iota // the plan's indicators as typed rules: plan rules
	Reports            // the reports of files of actual figures: plan check
)

// String names a document in messages.
func (d Doc) String() string {
	if d == Rules {
		return "plan rules"
	}
	return "plan check reports"
}

// Format is one output format and the documents it can write.
type Format struct {
	Name string
	// WriteRules writes a plan's indicators as rules; nil when the format
	// does not write rules.
	WriteRules func(w io.Writer, p *indicators.Plan) error
	// NewReportWriter starts writing the reports of a check run; nil when
	// the format does not write reports.
	NewReportWriter func(w io.Writer, opts Options) ReportWriter
	// Quiet reports whether the format can leave out the results that are
	// not problems, as --quiet asks; formats read by programs write every
	// result.
	Quiet bool
	// Summary reports whether the format can write one line per file
	// instead of its results, as --summary asks.
	Summary bool
}

// Formats lists every output format, in the order help shows them. A new
// format is a file that returns its Format, named here.
func Formats() []Format {
	return []Format{tableFormat(), jsonFormat(), jsonlFormat(), csvFormat(), markdownFormat(), junitFormat(), githubFormat(), tomlFormat()}
}

// Writes reports whether the format writes a kind of document.
func (f Format) Writes(d Doc) bool {
	if d == Rules {
		return f.WriteRules != nil
	}
	return f.NewReportWriter != nil
}

// Names lists the names of the formats that write a kind of document.
func Names(d Doc) []string {
	var names []string
	for _, f := range Formats() {
		if f.Writes(d) {
			names = append(names, f.Name)
		}
	}
	return names
}

// QuietNames lists the names of the report formats that honour --quiet.
func QuietNames() []string {
	var names []string
	for _, f := range Formats() {
		if f.Writes(Reports) && f.Quiet {
			names = append(names, f.Name)
		}
	}
	return names
}

// SummaryNames lists the names of the report formats that honour --summary.
func SummaryNames() []string {
	var names []string
	for _, f := range Formats() {
		if f.Writes(Reports) && f.Summary {
			names = append(names, f.Name)
		}
	}
	return names
}

// Lookup finds the format named name that writes d. An unknown name, or a
// format that does not write d, is an error listing the formats that do.
func Lookup(name string, d Doc) (Format, error) {
	for _, f := range Formats() {
		if f.Name != name {
			continue
		}
		if !f.Writes(d) {
			return Format{}, fmt.Errorf("format %q does not write %s: use one of %s", name, d, strings.Join(Names(d), ", "))
		}
		return f, nil
	}
	return Format{}, fmt.Errorf("unknown format %q: use one of %s", name, strings.Join(Names(d), ", "))
}

// Options are the choices a person makes about how reports are shown.
type Options struct {
	Lang    string       // "zh" (names as printed) or "en" (English names where known)
	All     bool         // show missing results in full, not as a list of IDs
	Quiet   bool         // only the problems and the summary lines (formats with Quiet); with Summary, only the files with a problem
	Summary bool         // one line per file and the totals, no results (formats with Summary)
	Color   bool         // colour the statuses (table only)
	FailOn  check.FailOn // the level at which a result is a failure (junit, github); "" is fail
}

// failOn is the level in force.
func (o Options) failOn() check.FailOn {
	if o.FailOn == "" {
		return check.FailOnFail
	}
	return o.FailOn
}

// ReportWriter writes the reports of one plan check run as they come: Begin
// once, Report for each file in the order the files were listed, End once.
// Each returns the first error met writing, after which the run stops.
type ReportWriter interface {
	Begin(run Run) error
	Report(rep check.Report) error
	End(totals check.Totals, trend *check.Trend) error
}

// Run is what a report writer knows before the first report.
type Run struct {
	Plan indicators.Info
	// Trend is set when the files are periods of one year, shown together
	// as one trend view at End: the table and Markdown then write nothing
	// for each report.
	Trend bool
}
