package output

import (
	"io"
	"strings"

	"plan/check"
	"plan/indicators"
)

// markdownFormat is Markdown to paste into an issue or a report: the rules
// as one table, or a table per report (or the trend view) with summary lines.
func markdownFormat() Format {
	return Format{
		Name:       "markdown",
		WriteRules: writeRulesMarkdown,
		NewReportWriter: func(w io.Writer, opts Options) ReportWriter {
			return &markdownWriter{w: newErrWriter(w), opts: opts}
		},
		Quiet:   true,
		Summary: true,
	}
}

// markdownCell escapes text for a Markdown table cell.
func markdownCell(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// writeRulesMarkdown writes the rules as a Markdown table.
func writeRulesMarkdown(w io.Writer, p *indicators.Plan) error {
	ew := newErrWriter(w)
	ew.printf("### %s (%d)\n\n", p.Info.Title, p.Info.Year)
	ew.println("| ID | Category | Indicator | Target | Rule | Polarity | Nature |")
	ew.println("| --- | --- | --- | --- | --- | --- | --- |")
	for _, ind := range p.Indicators {
		rule, pol := ruleCells(ind)
		ew.printf("| %s | %s | %s | %s | %s | %s | %s |\n", ind.ID, markdownCell(ind.Category), markdownCell(ind.Name), markdownCell(ind.Target), markdownCell(rule), pol, ind.Nature)
	}
	return ew.err
}

// markdownWriter writes a section per report, or the trend view at the end.
type markdownWriter struct {
	w       *errWriter
	opts    Options
	run     Run
	written int
}

// Begin keeps what the reports are checked against.
func (m *markdownWriter) Begin(run Run) error {
	m.run = run
	return nil
}

// Report writes one report's section: its table, the missing IDs and its
// summary, or why the file was not checked; under --summary, its line as
// an item of a list.
func (m *markdownWriter) Report(rep check.Report) error {
	if m.opts.Summary {
		if line, ok := fileLine(rep, m.opts); ok {
			m.w.printf("- %s\n", markdownCell(line))
			m.written++
		}
		return m.w.err
	}
	if m.run.Trend {
		return nil
	}
	if m.written > 0 {
		m.w.println()
	}
	m.written++
	if rep.Error != "" {
		m.w.printf("### %s\n\nNot checked: %s\n", markdownCell(rep.File), markdownCell(rep.Error))
		return m.w.err
	}
	m.w.printf("### %s — %s, period %s\n\n", markdownCell(rep.File), markdownCell(planLabel(rep.Plan, m.run.Plan)), rep.Period)
	rows, folded := shown(rep, m.opts)
	if len(rows) > 0 {
		m.w.println("| ID | Indicator | Target | Actual | Status | Note |")
		m.w.println("| --- | --- | --- | --- | --- | --- |")
		for _, r := range rows {
			m.w.printf("| %s | %s | %s | %s | %s | %s |\n", r.ID, markdownCell(resultName(r, m.opts.Lang)), markdownCell(r.Target),
				markdownCell(displayActual(r)), statusMark(r.Status), markdownCell(r.Note))
		}
		m.w.println()
	}
	if len(folded) > 0 {
		m.w.printf("Missing (no figure): %s\n\n", strings.Join(folded, ", "))
	}
	m.w.printf("**%s**\n", check.SummaryLine(rep.Summary))
	return m.w.err
}

// End writes the trend view, or with several files the line of totals.
func (m *markdownWriter) End(totals check.Totals, trend *check.Trend) error {
	switch {
	case trend != nil:
		m.trend(trend)
	case totals.Files > 1:
		if m.written > 0 {
			m.w.println()
		}
		m.w.printf("**%s: %s**\n", filesLine(totals), check.SummaryLine(totals.Summary))
	}
	return m.w.err
}

// trend writes the trend view as a Markdown table with a column per period.
func (m *markdownWriter) trend(tr *check.Trend) {
	m.w.printf("### %s, periods %s\n\n", markdownCell(planLabel(tr.Plan, m.run.Plan)), strings.Join(tr.Periods, ", "))
	rows, folded := trendRows(tr, m.opts)
	if len(rows) > 0 {
		m.w.printf("| ID | Indicator | Target | %s |\n", strings.Join(tr.Periods, " | "))
		m.w.printf("| --- | --- | --- |%s\n", strings.Repeat(" --- |", len(tr.Periods)))
		for _, row := range rows {
			cells := make([]string, len(row.Cells))
			for i, c := range row.Cells {
				cells[i] = markdownCell(trendCell(c, statusMark))
			}
			m.w.printf("| %s | %s | %s | %s |\n", row.ID, markdownCell(displayName(row.Name, row.NameEn, m.opts.Lang)), markdownCell(row.Target), strings.Join(cells, " | "))
		}
		m.w.println()
	}
	if len(folded) > 0 {
		m.w.printf("No figure in any period: %s\n\n", strings.Join(folded, ", "))
	}
	for _, line := range periodLines(tr, markdownCell) {
		m.w.printf("- %s\n", line)
	}
}

// statusMark writes a status so that it reads at a glance in Markdown.
func statusMark(st check.Status) string {
	switch st {
	case check.Pass:
		return "✅ pass"
	case check.Warn:
		return "⚠️ warn"
	case check.Fail:
		return "❌ fail"
	}
	return "… missing"
}
