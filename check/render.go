package check

import (
	"fmt"
	"io"
	"strings"

	"plan/indicators"
)

// Renderer draws a checked document in one output format.
type Renderer interface {
	Render(w io.Writer, d *Document) error
}

// RenderOptions are the choices a person makes about output.
type RenderOptions struct {
	Lang   string // "zh" (names as printed) or "en" (English names where known)
	All    bool   // show missing results in full, not as a list of IDs
	Quiet  bool   // only the summary line and the results that are problems
	Color  bool   // colour the statuses (table only)
	FailOn FailOn // the level at which a result counts as a failure (junit, github)
}

// Formats lists the output formats of plan check, in the order of --help.
func Formats() []string {
	return []string{"table", "json", "csv", "markdown", "junit", "github"}
}

// NewRenderer returns the renderer of a format, or an error naming the
// formats there are.
func NewRenderer(format string, opts RenderOptions) (Renderer, error) {
	if opts.FailOn == "" {
		opts.FailOn = FailOnFail
	}
	switch format {
	case "table":
		return tableRenderer{opts}, nil
	case "json":
		return jsonRenderer{}, nil
	case "csv":
		return csvRenderer{opts}, nil
	case "markdown":
		return markdownRenderer{opts}, nil
	case "junit":
		return junitRenderer{opts}, nil
	case "github":
		return githubRenderer{opts}, nil
	}
	return nil, fmt.Errorf("unknown format %q: use one of %s", format, strings.Join(Formats(), ", "))
}

// SummaryLine writes a summary as one line: "49 indicators: 3 pass, 1 warn,
// 0 fail, 45 missing".
func SummaryLine(s Summary) string {
	return fmt.Sprintf("%d indicators: %d pass, %d warn, %d fail, %d missing", s.Total(), s.Pass, s.Warn, s.Fail, s.Missing)
}

// displayName is the indicator's name in the language asked for.
func displayName(r Result, lang string) string {
	if lang == "en" && r.NameEn != "" {
		return r.NameEn
	}
	return r.Name
}

// displayCategory is the category in the language asked for.
func displayCategory(c, lang string) string {
	if lang == "en" {
		return indicators.CategoryEn(c)
	}
	return c
}

// displayActual is the figure as given, with its own period if it has one.
func displayActual(r Result) string {
	if r.Period != "" {
		return r.ActualText + " (to " + r.Period + ")"
	}
	return r.ActualText
}

// CategoryOnce names a category at the head of its rows only, in tables
// grouped by category.
type CategoryOnce struct{ last string }

// Cell is the category cell of the next row: the name for the first row of a
// category, "" for the rest.
func (c *CategoryOnce) Cell(name string) string {
	if name == c.last {
		return ""
	}
	c.last = name
	return name
}

// shown splits a report's results into those a table shows and the IDs of
// the missing ones it folds into a line: under Quiet only warn and fail are
// shown, under All everything.
func shown(rep Report, opts RenderOptions) (rows []Result, folded []string) {
	return fold(rep.Results, opts,
		func(r Result) string { return r.ID },
		func(r Result) bool { return r.Status == Warn || r.Status == Fail },
		func(r Result) bool { return r.Status != Missing || r.Actual != nil || r.Met != nil })
}

// fold splits rows into those a table shows and the IDs of the ones with no
// figure, folded into a line unless All is set; under Quiet only the
// problems are shown, and nothing is folded.
func fold[T any](items []T, opts RenderOptions, id func(T) string, problem, figured func(T) bool) (rows []T, folded []string) {
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

// counts reports whether a status counts as a failure at the level.
func counts(st Status, level FailOn) bool {
	var s Summary
	s.Add(st)
	return s.Reaches(level)
}

// filesLine counts the files of a run: "3 files", "3 files (1 not checked)".
func filesLine(d *Document) string {
	s := fmt.Sprintf("%d files", len(d.Reports))
	if n := d.Errors(); n > 0 {
		s += fmt.Sprintf(" (%d not checked)", n)
	}
	return s
}
