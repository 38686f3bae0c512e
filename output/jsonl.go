package output

import (
	"io"

	"plan/check"
)

// jsonlFormat is JSON Lines for pipelines that read streams: one line per
// file, the report object of --format json (schema 1) written compactly,
// as soon as the file is judged. There is no document around the lines,
// no summary and no trend view: each line stands alone.
func jsonlFormat() Format {
	return Format{
		Name: "jsonl",
		NewReportWriter: func(w io.Writer, _ Options) ReportWriter {
			return &jsonlWriter{w: newErrWriter(w), enc: newReportEncoder("", true)}
		},
	}
}

// jsonlWriter writes each report as one line of JSON.
type jsonlWriter struct {
	w   *errWriter
	enc *reportEncoder
}

// Begin writes nothing: the lines stand alone.
func (j *jsonlWriter) Begin(Run) error { return nil }

// Report writes one report on a line of its own.
func (j *jsonlWriter) Report(rep check.Report) error {
	b, err := j.enc.encode(rep)
	if err != nil {
		return err
	}
	j.w.Write(append(b, '\n'))
	return j.w.err
}

// End writes nothing: a reader sums the lines it wants.
func (j *jsonlWriter) End(check.Totals, *check.Trend) error { return nil }
