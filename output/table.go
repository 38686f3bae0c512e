package output

import (
	"io"
	"reflect"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twcache"
	"github.com/olekukonko/tablewriter/tw"

	"plan/check"
	"plan/indicators"
)

// tableFormat is text tables for a person at a terminal: the rules, or each
// report grouped by category with its missing results folded into a line,
// statuses coloured on a terminal.
func tableFormat() Format {
	return Format{
		Name:       "table",
		WriteRules: writeRulesTable,
		NewReportWriter: func(w io.Writer, opts Options) ReportWriter {
			return &tableWriter{w: newErrWriter(w), opts: opts, layout: newTableLayout(resultsHeader()...)}
		},
		Quiet:   true,
		Summary: true,
	}
}

// newTable returns a text table, with the given header if any. Widths are
// computed the same way on every machine, whatever RUNEWIDTH_EASTASIAN
// says. Its cache of String methods holds one entry: the cells are
// strings, and the default cache (ten thousand entries) is allocated
// anew each time a table is reset, costing more than drawing one.
func newTable(w io.Writer, header ...any) *tablewriter.Table {
	t := tablewriter.NewTable(w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
		tablewriter.WithStringerCacheCustom(twcache.NewLRU[reflect.Type, reflect.Value](1)),
	)
	if len(header) > 0 {
		t.Header(header...)
	}
	return t
}

// categoryOnce names a category at the head of its rows only, in tables
// grouped by category.
type categoryOnce struct{ last string }

// cell is the category cell of the next row: the name for the first row of
// a category, "" for the rest.
func (c *categoryOnce) cell(name string) string {
	if name == c.last {
		return ""
	}
	c.last = name
	return name
}

// writeRulesTable writes the plan's rules as a text table, the category
// named once at the head of its rows, and the attribute column where the
// plan's table has one.
func writeRulesTable(w io.Writer, p *indicators.Plan) error {
	ew := newErrWriter(w)
	ew.printf("%s (%d)\n", p.Info.Title, p.Info.Year)
	header := []any{"ID", "Category", "Indicator", "Target", "Rule", "Polarity", "Nature"}
	attrs := hasAttributes(p)
	if attrs {
		header = append(header, "Attribute")
	}
	t := newTable(ew, header...)
	var cats categoryOnce
	for _, ind := range p.Indicators {
		rule, pol := ruleCells(ind)
		row := []any{ind.ID, cats.cell(ind.Category), indent(ind), ind.Target, rule, pol, string(ind.Nature)}
		if attrs {
			row = append(row, ind.Attribute)
		}
		if err := t.Append(row...); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	return ew.err
}

// hasAttributes reports whether the plan's table has a 属性 column.
func hasAttributes(p *indicators.Plan) bool {
	for _, ind := range p.Indicators {
		if ind.Attribute != "" {
			return true
		}
	}
	return false
}

// tableWriter writes each report as a text table, or the trend view at the
// end; a file that could not be checked is left to the errors on stderr.
type tableWriter struct {
	w       *errWriter
	opts    Options
	run     Run
	layout  *tableLayout // the tables of results, drawn alike for every report
	written int          // reports written
}

// resultsHeader is the header of the table of a report's results.
func resultsHeader() []string {
	return []string{"Category", "ID", "Indicator", "Target", "Actual", "Status", "Note"}
}

// Begin keeps what the reports are checked against.
func (t *tableWriter) Begin(run Run) error {
	t.run = run
	return nil
}

// Report writes one report's table, after a blank line when it is not the
// first, or under --summary its line.
func (t *tableWriter) Report(rep check.Report) error {
	if t.opts.Summary {
		if line, ok := fileLine(rep, t.opts); ok {
			t.w.println(line)
		}
		return t.w.err
	}
	if t.run.Trend || rep.Error != "" {
		return nil
	}
	if t.written > 0 && !t.opts.Quiet {
		t.w.println()
	}
	t.written++
	rows, folded := shown(rep, t.opts)
	if !t.opts.Quiet {
		t.w.printf("%s: %s, period %s\n", rep.File, planLabel(rep.Plan, t.run.Plan), rep.Period)
	}
	if len(rows) > 0 {
		if err := t.results(rows); err != nil {
			return err
		}
	}
	if len(folded) > 0 {
		t.w.printf("missing (no figure; --all lists them): %s\n", strings.Join(folded, " "))
	}
	prefix := ""
	if t.opts.Quiet {
		prefix = rep.File + ": "
	}
	t.w.println(prefix + check.SummaryLine(rep.Summary))
	return t.w.err
}

// results writes the rows, the category named once at the head of its rows.
func (t *tableWriter) results(rows []check.Result) error {
	cells := make([][]string, len(rows))
	var cats categoryOnce
	for i, r := range rows {
		cells[i] = []string{cats.cell(displayCategory(r.Category, t.opts.Lang)), r.ID, resultName(r, t.opts.Lang), r.Target, displayActual(r), t.status(r.Status), r.Note}
	}
	return t.layout.write(t.w, cells)
}

// End writes the trend view, or with several files the line of totals.
func (t *tableWriter) End(totals check.Totals, trend *check.Trend) error {
	switch {
	case trend != nil:
		if err := t.trend(trend); err != nil {
			return err
		}
	case totals.Files > 1:
		if t.written > 0 && !t.opts.Quiet && !t.opts.Summary {
			t.w.println()
		}
		t.w.printf("%s: %s\n", filesLine(totals), check.SummaryLine(totals.Summary))
	}
	return t.w.err
}

// trend writes the trend view: a column per period, the figure and status
// in each, and a summary line per period.
func (t *tableWriter) trend(tr *check.Trend) error {
	t.w.printf("%s, periods %s\n", planLabel(tr.Plan, t.run.Plan), strings.Join(tr.Periods, ", "))
	header := []any{"Category", "ID", "Indicator", "Target"}
	for _, p := range tr.Periods {
		header = append(header, p)
	}
	rows, folded := trendRows(tr, t.opts)
	if len(rows) > 0 {
		tbl := newTable(t.w, header...)
		var cats categoryOnce
		for _, row := range rows {
			cells := []any{cats.cell(displayCategory(row.Category, t.opts.Lang)), row.ID, displayName(row.Name, row.NameEn, t.opts.Lang), row.Target}
			for _, c := range row.Cells {
				cells = append(cells, trendCell(c, t.status))
			}
			if err := tbl.Append(cells...); err != nil {
				return err
			}
		}
		if err := tbl.Render(); err != nil {
			return err
		}
	}
	if len(folded) > 0 {
		t.w.printf("no figure in any period (--all lists them): %s\n", strings.Join(folded, " "))
	}
	for _, line := range periodLines(tr, func(f string) string { return f }) {
		t.w.println(line)
	}
	return t.w.err
}

// ANSI colours of the statuses on a terminal.
const (
	green = "32"
	amber = "33"
	red   = "31"
	faint = "2"
)

// status writes a status, coloured when colour is on.
func (t *tableWriter) status(st check.Status) string {
	if !t.opts.Color {
		return string(st)
	}
	var code string
	switch st {
	case check.Pass:
		code = green
	case check.Warn:
		code = amber
	case check.Fail:
		code = red
	default:
		code = faint
	}
	return "\x1b[" + code + "m" + string(st) + "\x1b[0m"
}
