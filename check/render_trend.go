package check

import (
	"fmt"
	"io"
	"strings"
)

// trendRows splits the rows of a trend into those shown and the IDs of the
// ones with no figure in any period, folded into a line unless All is set;
// under Quiet only rows with a warn or fail are shown.
func trendRows(t *Trend, opts RenderOptions) (rows []TrendRow, folded []string) {
	return fold(t.Rows, opts, func(r TrendRow) string { return r.ID }, TrendRow.problem, TrendRow.anyFigure)
}

// problem reports whether a row warns or fails in some period.
func (row TrendRow) problem() bool {
	for _, c := range row.Cells {
		if c.Status == Warn || c.Status == Fail {
			return true
		}
	}
	return false
}

// trendCell writes one period's figure and status: "5.1% warn", "—" for none.
func trendCell(c TrendCell, status func(Status) string) string {
	if c.ActualText == "" {
		return "—"
	}
	return c.ActualText + " " + status(c.Status)
}

// renderTrendTable writes the trend as a text table.
func (t tableRenderer) renderTrend(w io.Writer, d *Document) error {
	tr := d.Trend
	fmt.Fprintf(w, "%s, periods %s\n", d.Plan.Title, strings.Join(tr.Periods, ", "))
	header := []any{"Category", "ID", "Indicator", "Target"}
	for _, p := range tr.Periods {
		header = append(header, p)
	}
	rows, folded := trendRows(tr, t.opts)
	if len(rows) > 0 {
		tbl := NewTable(w, header...)
		var cats CategoryOnce
		for _, row := range rows {
			cells := []any{cats.Cell(displayCategory(row.Category, t.opts.Lang)), row.ID, row.trendName(t.opts.Lang), row.Target}
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
		fmt.Fprintf(w, "no figure in any period (--all lists them): %s\n", strings.Join(folded, " "))
	}
	for _, rep := range inPeriodOrder(d) {
		fmt.Fprintf(w, "%s (%s): %s\n", rep.Period, rep.File, SummaryLine(rep.Summary))
	}
	return nil
}

// renderTrend writes the trend as a Markdown table.
func (m markdownRenderer) renderTrend(w io.Writer, d *Document) {
	tr := d.Trend
	fmt.Fprintf(w, "### %s, periods %s\n\n", MarkdownCell(d.Plan.Title), strings.Join(tr.Periods, ", "))
	rows, folded := trendRows(tr, m.opts)
	if len(rows) > 0 {
		fmt.Fprintf(w, "| ID | Indicator | Target | %s |\n", strings.Join(tr.Periods, " | "))
		fmt.Fprintf(w, "| --- | --- | --- |%s\n", strings.Repeat(" --- |", len(tr.Periods)))
		for _, row := range rows {
			cells := make([]string, len(row.Cells))
			for i, c := range row.Cells {
				cells[i] = MarkdownCell(trendCell(c, statusMark))
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s |\n", row.ID, MarkdownCell(row.trendName(m.opts.Lang)), MarkdownCell(row.Target), strings.Join(cells, " | "))
		}
		fmt.Fprintln(w)
	}
	if len(folded) > 0 {
		fmt.Fprintf(w, "No figure in any period: %s\n\n", strings.Join(folded, ", "))
	}
	for _, rep := range inPeriodOrder(d) {
		fmt.Fprintf(w, "- %s (%s): %s\n", rep.Period, MarkdownCell(rep.File), SummaryLine(rep.Summary))
	}
}

// inPeriodOrder returns the reports of a trend in the order of its periods.
func inPeriodOrder(d *Document) []Report {
	out := make([]Report, 0, len(d.Trend.Files))
	for _, f := range d.Trend.Files {
		for _, rep := range d.Reports {
			if rep.File == f {
				out = append(out, rep)
				break
			}
		}
	}
	return out
}
