package check

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// tableRenderer writes each report as a text table grouped by category,
// missing results folded into one line unless All is set.
type tableRenderer struct{ opts RenderOptions }

// Render writes the tables, the trend view when the document has one.
func (t tableRenderer) Render(w io.Writer, d *Document) error {
	if d.Trend != nil {
		return t.renderTrend(w, d)
	}
	first := true
	for _, rep := range d.Reports {
		if rep.Error != "" {
			continue // said on stderr, where errors go
		}
		if !first && !t.opts.Quiet {
			fmt.Fprintln(w)
		}
		first = false
		if err := t.report(w, d, rep); err != nil {
			return err
		}
	}
	if len(d.Reports) > 1 {
		if !first && !t.opts.Quiet {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s: %s\n", filesLine(d), SummaryLine(d.Summary))
	}
	return nil
}

// report writes one report.
func (t tableRenderer) report(w io.Writer, d *Document, rep Report) error {
	rows, folded := shown(rep, t.opts)
	if !t.opts.Quiet {
		fmt.Fprintf(w, "%s: %s, period %s\n", rep.File, d.Plan.Title, rep.Period)
	}
	if len(rows) > 0 {
		if err := t.table(w, rows); err != nil {
			return err
		}
	}
	if len(folded) > 0 {
		fmt.Fprintf(w, "missing (no figure; --all lists them): %s\n", strings.Join(folded, " "))
	}
	prefix := ""
	if t.opts.Quiet {
		prefix = rep.File + ": "
	}
	fmt.Fprintln(w, prefix+SummaryLine(rep.Summary))
	return nil
}

// table writes the rows, the category named once at the head of its rows.
func (t tableRenderer) table(w io.Writer, rows []Result) error {
	tbl := NewTable(w, "Category", "ID", "Indicator", "Target", "Actual", "Status", "Note")
	var cats CategoryOnce
	for _, r := range rows {
		err := tbl.Append(cats.Cell(displayCategory(r.Category, t.opts.Lang)), r.ID, displayName(r, t.opts.Lang), r.Target, displayActual(r), t.status(r.Status), r.Note)
		if err != nil {
			return err
		}
	}
	return tbl.Render()
}

// status writes a status, coloured when colour is on.
func (t tableRenderer) status(st Status) string {
	if !t.opts.Color {
		return string(st)
	}
	code := map[Status]string{Pass: "32", Warn: "33", Fail: "31", Missing: "2"}[st]
	return "\x1b[" + code + "m" + string(st) + "\x1b[0m"
}

// NewTable returns a text table with the given header. Widths are computed
// the same way on every machine, whatever RUNEWIDTH_EASTASIAN says.
func NewTable(w io.Writer, header ...any) *tablewriter.Table {
	t := tablewriter.NewTable(w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
	)
	t.Header(header...)
	return t
}
