package check

import (
	"fmt"
	"io"
	"strings"
)

// markdownRenderer writes each report as a Markdown table with a summary
// line, to paste into an issue or a report.
type markdownRenderer struct{ opts RenderOptions }

// Render writes the Markdown, the trend view when the document has one.
func (m markdownRenderer) Render(w io.Writer, d *Document) error {
	if d.Trend != nil {
		m.renderTrend(w, d)
		return nil
	}
	for i, rep := range d.Reports {
		if i > 0 {
			fmt.Fprintln(w)
		}
		m.report(w, d, rep)
	}
	if len(d.Reports) > 1 {
		fmt.Fprintf(w, "\n**%s: %s**\n", filesLine(d), SummaryLine(d.Summary))
	}
	return nil
}

// report writes one report.
func (m markdownRenderer) report(w io.Writer, d *Document, rep Report) {
	if rep.Error != "" {
		fmt.Fprintf(w, "### %s\n\nNot checked: %s\n", MarkdownCell(rep.File), MarkdownCell(rep.Error))
		return
	}
	fmt.Fprintf(w, "### %s — %s, period %s\n\n", MarkdownCell(rep.File), MarkdownCell(d.Plan.Title), rep.Period)
	rows, folded := shown(rep, m.opts)
	if len(rows) > 0 {
		fmt.Fprintln(w, "| ID | Indicator | Target | Actual | Status | Note |")
		fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- |")
		for _, r := range rows {
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", r.ID, MarkdownCell(displayName(r, m.opts.Lang)), MarkdownCell(r.Target),
				MarkdownCell(displayActual(r)), statusMark(r.Status), MarkdownCell(r.Note))
		}
		fmt.Fprintln(w)
	}
	if len(folded) > 0 {
		fmt.Fprintf(w, "Missing (no figure): %s\n\n", strings.Join(folded, ", "))
	}
	fmt.Fprintf(w, "**%s**\n", SummaryLine(rep.Summary))
}

// statusMark writes a status so that it reads at a glance in Markdown.
func statusMark(st Status) string {
	switch st {
	case Pass:
		return "✅ pass"
	case Warn:
		return "⚠️ warn"
	case Fail:
		return "❌ fail"
	}
	return "… missing"
}

// MarkdownCell escapes text for a Markdown table cell.
func MarkdownCell(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}
