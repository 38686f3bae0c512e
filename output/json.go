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
			return &jsonWriter{w: newErrWriter(w), enc: newReportEncoder("    ", false)}
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
// read by people): the bytes of encoding/json's Encoder with SetIndent.
func marshal(v any, prefix string) ([]byte, error) {
	b, err := marshalLine(v)
	if err != nil {
		return nil, err
	}
	return indentJSON(make([]byte, 0, 2*len(b)), bytes.TrimSuffix(b, []byte("\n")), prefix, "  "), nil
}

// marshalLine writes v as compact JSON ending in a newline, without
// escaping < > & (names and notes are read by people).
func marshalLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// jsonWriter writes the document of a run piece by piece, as one JSON
// value: the schema and plan at Begin, each report into the "reports"
// array as it comes, the summary and the trend at End. The bytes are those
// of encoding the whole document at once.
type jsonWriter struct {
	w       *errWriter
	enc     *reportEncoder
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
	b, err := j.enc.encode(rep)
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
