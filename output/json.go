package output

import (
	"bytes"
	"encoding/json"
	"io"
	"math"

	"plan/check"
	"plan/indicators"
)

// jsonFormat is JSON for scripts: the plan's rules as a plan document
// (schema 1), or the reports of a run (schema 1), written as they come.
func jsonFormat() Format {
	return Format{
		Name:       "json",
		WriteRules: writeRulesJSON,
		NewReportWriter: func(w io.Writer, _ Options) ReportWriter {
			return &jsonWriter{w: newErrWriter(w)}
		},
	}
}

// writeRulesJSON writes the plan's document.
func writeRulesJSON(w io.Writer, p *indicators.Plan) error {
	b, err := marshal(indicators.NewDocument(p), "")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// marshal writes v as JSON indented by two spaces, every line after the
// first starting with prefix, without escaping < > & (names and notes are
// read by people).
func marshal(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonWriter writes the document of a run piece by piece, as one JSON
// value: the schema and plan at Begin, each report into the "reports"
// array as it comes, the summary and the trend at End. The bytes are those
// of encoding the whole document at once.
type jsonWriter struct {
	w       *errWriter
	reports int
}

// Begin opens the document and its array of reports.
func (j *jsonWriter) Begin(run Run) error {
	plan, err := marshal(run.Plan, "  ")
	if err != nil {
		return err
	}
	j.w.printf("{\n  \"schema\": %d,\n  \"plan\": %s,\n  \"reports\": [", check.Schema, plan)
	return j.w.err
}

// Report writes one report into the array.
func (j *jsonWriter) Report(rep check.Report) error {
	b, err := marshal(finiteReport(rep), "    ")
	if err != nil {
		return err
	}
	if j.reports > 0 {
		j.w.printf(",")
	}
	j.reports++
	j.w.printf("\n    %s", b)
	return j.w.err
}

// End closes the array and writes the summary and the trend.
func (j *jsonWriter) End(totals check.Totals, trend *check.Trend) error {
	if j.reports > 0 {
		j.w.printf("\n  ")
	}
	summary, err := marshal(totals.Summary, "  ")
	if err != nil {
		return err
	}
	j.w.printf("],\n  \"summary\": %s", summary)
	if trend != nil {
		b, err := marshal(finiteTrend(trend), "  ")
		if err != nil {
			return err
		}
		j.w.printf(",\n  \"trend\": %s", b)
	}
	j.w.printf("\n}\n")
	return j.w.err
}

// finiteReport is a report with every figure that JSON cannot hold (NaN,
// ±Inf) written as null. Loading refuses such figures; this keeps one that
// slipped through from breaking the whole document.
func finiteReport(rep check.Report) check.Report {
	clean := true
	for _, r := range rep.Results {
		if !finiteResult(r) {
			clean = false
			break
		}
	}
	if clean {
		return rep
	}
	results := make([]check.Result, len(rep.Results))
	for i, r := range rep.Results {
		r.Actual = finite(r.Actual)
		r.Rule.Value, r.Rule.Low, r.Rule.High, r.Rule.Stretch = finite(r.Rule.Value), finite(r.Rule.Low), finite(r.Rule.High), finite(r.Rule.Stretch)
		results[i] = r
	}
	rep.Results = results
	return rep
}

// finiteResult reports whether every figure of a result is finite.
func finiteResult(r check.Result) bool {
	for _, v := range []*float64{r.Actual, r.Rule.Value, r.Rule.Low, r.Rule.High, r.Rule.Stretch} {
		if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
			return false
		}
	}
	return true
}

// finiteTrend is a trend with every figure JSON cannot hold written as null.
func finiteTrend(t *check.Trend) *check.Trend {
	out := *t
	out.Rows = make([]check.TrendRow, len(t.Rows))
	for i, row := range t.Rows {
		cells := make([]check.TrendCell, len(row.Cells))
		for k, c := range row.Cells {
			c.Actual = finite(c.Actual)
			cells[k] = c
		}
		row.Cells = cells
		out.Rows[i] = row
	}
	return &out
}

// finite is v, or nil when v is NaN or infinite.
func finite(v *float64) *float64 {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return nil
	}
	return v
}
