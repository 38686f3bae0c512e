package output

import (
	"fmt"
	"strings"

	"plan/check"
	"plan/indicators"
)

// displayName is the indicator's name in the language asked for.
func displayName(name, nameEn, lang string) string {
	if lang == "en" && nameEn != "" {
		return nameEn
	}
	return name
}

// resultName is a result's name in the language asked for.
func resultName(r check.Result, lang string) string { return displayName(r.Name, r.NameEn, lang) }

// displayCategory is the category in the language asked for.
func displayCategory(c, lang string) string {
	if lang == "en" {
		return indicators.CategoryEn(c)
	}
	return c
}

// displayActual is the figure as given, with its own period if it has one.
func displayActual(r check.Result) string {
	if r.Period != "" {
		return r.ActualText + " (to " + r.Period + ")"
	}
	return r.ActualText
}

// shown splits a report's results into those a table shows and the IDs of
// the missing ones it folds into a line: under Quiet only warn and fail are
// shown, under All everything.
func shown(rep check.Report, opts Options) (rows []check.Result, folded []string) {
	return fold(rep.Results, opts,
		func(r check.Result) string { return r.ID },
		func(r check.Result) bool { return isProblem(r.Status) },
		func(r check.Result) bool { return r.Status != check.Missing || r.Actual != nil || r.Met != nil })
}

// isProblem reports whether a status is one --quiet shows.
func isProblem(st check.Status) bool { return st == check.Warn || st == check.Fail }

// fold splits rows into those a table shows and the IDs of the ones with no
// figure, folded into a line unless All is set; under Quiet only the
// problems are shown, and nothing is folded.
func fold[T any](items []T, opts Options, id func(T) string, problem, figured func(T) bool) (rows []T, folded []string) {
	rows = make([]T, 0, len(items))
	for _, it := range items {
		switch {
		case opts.Quiet && !problem(it):
		case !figured(it) && !opts.All:
			if !opts.Quiet {
				folded = append(folded, id(it))
			}
		default:
			rows = append(rows, it)
		}
	}
	return rows, folded
}

// reaches reports whether a status counts as a failure at the level.
func reaches(st check.Status, level check.FailOn) bool {
	var s check.Summary
	s.Add(st)
	return s.Reaches(level)
}

// planLabel names in a heading the plan reports were judged against: the
// run's title, or the title and document of the plan the files name.
func planLabel(ref *check.PlanRef, run indicators.Info) string {
	if ref == nil {
		return run.Title
	}
	return ref.Title + " (" + ref.File + ")"
}

// fileLine is a file's line under --summary: "q1.toml: 49 indicators: 3
// pass, …", or "q1.toml: not checked" (its errors are on stderr). Under
// --quiet a file with no warn, fail or error has none: ok is false.
func fileLine(rep check.Report, opts Options) (line string, ok bool) {
	switch {
	case rep.Error != "":
		return rep.File + ": not checked", true
	case opts.Quiet && rep.Summary.Warn+rep.Summary.Fail == 0:
		return "", false
	}
	return rep.File + ": " + check.SummaryLine(rep.Summary), true
}

// filesLine counts the files of a run: "3 files", "3 files (1 not checked)".
func filesLine(t check.Totals) string {
	s := fmt.Sprintf("%d files", t.Files)
	if t.NotChecked > 0 {
		s += fmt.Sprintf(" (%d not checked)", t.NotChecked)
	}
	return s
}

// trendRows splits the rows of a trend into those shown and the IDs of the
// ones with no figure in any period, folded into a line unless All is set;
// under Quiet only rows with a warn or fail are shown.
func trendRows(t *check.Trend, opts Options) (rows []check.TrendRow, folded []string) {
	return fold(t.Rows, opts, func(r check.TrendRow) string { return r.ID }, trendProblem, trendFigured)
}

// trendProblem reports whether a row warns or fails in some period.
func trendProblem(row check.TrendRow) bool {
	for _, c := range row.Cells {
		if isProblem(c.Status) {
			return true
		}
	}
	return false
}

// trendFigured reports whether a row has a figure in some period.
func trendFigured(row check.TrendRow) bool {
	for _, c := range row.Cells {
		if c.Actual != nil || c.Status != check.Missing {
			return true
		}
	}
	return false
}

// trendCell writes one period's figure and status: "5.1% warn", "—" for none.
func trendCell(c check.TrendCell, status func(check.Status) string) string {
	if c.ActualText == "" {
		return "—"
	}
	return c.ActualText + " " + status(c.Status)
}

// periodLines are the summary lines of a trend, one per period:
// "2023-Q1 (q1.toml): 49 indicators: …", the file written by file.
func periodLines(t *check.Trend, file func(string) string) []string {
	lines := make([]string, len(t.Periods))
	for i, p := range t.Periods {
		lines[i] = fmt.Sprintf("%s (%s): %s", p, file(t.Files[i]), check.SummaryLine(t.Summaries[i]))
	}
	return lines
}

// ruleCells are an indicator's rule in symbols and its polarity, or
// "(group)" for a row with no rule of its own.
func ruleCells(ind indicators.Indicator) (rule, polarity string) {
	if ind.Rule == nil {
		return "(group)", ""
	}
	return indicators.Symbol(*ind.Rule), string(ind.Rule.Polarity)
}

// indent sets a sub-row's name in by its depth.
func indent(ind indicators.Indicator) string {
	return strings.Repeat("  ", strings.Count(ind.ID, ".")) + ind.Name
}
