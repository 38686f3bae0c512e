package check

import (
	"encoding/csv"
	"io"
	"strconv"
)

// csvRenderer writes one row per result, after a header row (RFC 4180).
type csvRenderer struct{ opts RenderOptions }

// csvHeader names the columns of the CSV output.
var csvHeader = []string{"file", "period", "id", "key", "name", "category", "target", "kind", "actual", "actual_text", "unit", "status", "note"}

// Render writes the CSV.
func (c csvRenderer) Render(w io.Writer, d *Document) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, rep := range d.Reports {
		for _, r := range rep.Results {
			actual := ""
			if r.Actual != nil {
				actual = strconv.FormatFloat(*r.Actual, 'f', -1, 64)
			}
			row := []string{rep.File, rep.Period, r.ID, r.Key, displayName(r, c.opts.Lang), displayCategory(r.Category, c.opts.Lang),
				r.Target, string(r.Rule.Kind), actual, r.ActualText, r.Unit, string(r.Status), r.Note}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
