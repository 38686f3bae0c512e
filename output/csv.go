package output

import (
	"encoding/csv"
	"io"
	"strconv"

	"plan/check"
	"plan/indicators"
)

// csvFormat is CSV for spreadsheets (RFC 4180): a header row, then one row
// per indicator of the plan, or one row per result of each report.
func csvFormat() Format {
	return Format{
		Name:       "csv",
		WriteRules: writeRulesCSV,
		NewReportWriter: func(w io.Writer, opts Options) ReportWriter {
			return &csvWriter{w: csv.NewWriter(w), opts: opts}
		},
	}
}

// rulesCSVHeader names the columns of plan rules --format csv.
func rulesCSVHeader() []string {
	return []string{"id", "key", "name", "name_en", "category", "parent", "target", "line", "kind", "rule", "polarity", "nature", "note", "attribute"}
}

// writeRulesCSV writes one row per indicator after a header row.
func writeRulesCSV(w io.Writer, p *indicators.Plan) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(rulesCSVHeader()); err != nil {
		return err
	}
	for _, ind := range p.Indicators {
		rule, pol := ruleCells(ind)
		kind, note := "", ""
		if ind.Rule != nil {
			kind, note = string(ind.Rule.Kind), ind.Rule.Note
		}
		row := []string{ind.ID, ind.Key, ind.Name, ind.NameEn, ind.Category, ind.Parent, ind.Target,
			strconv.Itoa(ind.Line), kind, rule, pol, string(ind.Nature), note, ind.Attribute}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// reportCSVHeader names the columns of plan check --format csv.
func reportCSVHeader() []string {
	return []string{"file", "period", "id", "key", "name", "category", "target", "kind", "actual", "actual_text", "unit", "status", "note", "plan"}
}

// csvWriter writes one row per result; a file that could not be checked
// has none.
type csvWriter struct {
	w    *csv.Writer
	opts Options
}

// Begin writes the header row.
func (c *csvWriter) Begin(Run) error {
	if err := c.w.Write(reportCSVHeader()); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// Report writes the rows of one report; the last column names the plan
// the file names, when it is not the run's.
func (c *csvWriter) Report(rep check.Report) error {
	plan := ""
	if rep.Plan != nil {
		plan = rep.Plan.File
	}
	for _, r := range rep.Results {
		actual := ""
		if r.Actual != nil {
			actual = strconv.FormatFloat(*r.Actual, 'f', -1, 64)
		}
		row := []string{rep.File, rep.Period, r.ID, r.Key, resultName(r, c.opts.Lang), displayCategory(r.Category, c.opts.Lang),
			r.Target, string(r.Rule.Kind), actual, r.ActualText, r.Unit, string(r.Status), r.Note, plan}
		if err := c.w.Write(row); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

// End writes nothing: CSV has no totals row.
func (c *csvWriter) End(check.Totals, *check.Trend) error { return nil }
