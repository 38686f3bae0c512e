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

func (t tableRenderer) Render(w io.Writer, d *Document) error {
	for i, rep := range d.Reports {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := t.report(w, d, rep); err != nil {
			return err
		}
	}
	if len(d.Reports) > 1 {
		fmt.Fprintf(w, "\n%d files: %s\n", len(d.Reports), SummaryLine(d.Summary))
	}
	return nil
}

// report writes one report.
func (t tableRenderer) report(w io.Writer, d *Document, rep Report) error {
	fmt.Fprintf(w, "%s: %s, period %s\n", rep.File, d.Plan.Title, rep.Period)
	tbl := NewTable(w, "Category", "ID", "Indicator", "Target", "Actual", "Status", "Note")
	var missing []string
	last := ""
	for _, r := range rep.Results {
		if r.Status == Missing && r.Actual == nil && r.Met == nil && !t.opts.All {
			missing = append(missing, r.ID)
			continue
		}
		cat := displayCategory(r.Category, t.opts.Lang)
		if cat == last {
			cat = ""
		} else {
			last = cat
		}
		actual := r.ActualText
		if r.Period != "" {
			actual += " (to " + r.Period + ")"
		}
		if err := tbl.Append(cat, r.ID, displayName(r, t.opts.Lang), r.Target, actual, string(r.Status), r.Note); err != nil {
			return err
		}
	}
	if len(missing) < len(rep.Results) {
		if err := tbl.Render(); err != nil {
			return err
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(w, "missing (no figure; --all lists them): %s\n", strings.Join(missing, " "))
	}
	fmt.Fprintln(w, SummaryLine(rep.Summary))
	return nil
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
