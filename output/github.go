package output

import (
	"fmt"
	"io"
	"strings"

	"plan/check"
	"plan/input"
)

// githubFormat is GitHub Actions workflow commands: an ::error or
// ::warning annotation per problem, at the line of the value in the
// actuals file (or the file itself when the indicator has no value), and a
// notice with the summary of each file, which --quiet leaves out.
func githubFormat() Format {
	return Format{
		Name: "github",
		NewReportWriter: func(w io.Writer, opts Options) ReportWriter {
			return &githubWriter{w: newErrWriter(w), opts: opts}
		},
		Quiet: true,
	}
}

// githubWriter writes the annotations of each report as it comes.
type githubWriter struct {
	w    *errWriter
	opts Options
}

// Begin writes nothing: annotations stand alone.
func (g *githubWriter) Begin(Run) error { return nil }

// Report writes the annotations of one report: an error at each problem of
// a file that could not be checked, or one per result that is a problem.
func (g *githubWriter) Report(rep check.Report) error {
	if rep.Error != "" {
		errs := rep.Errors
		if len(errs) == 0 {
			errs = input.ErrorList{{Msg: rep.Error}}
		}
		for _, e := range errs {
			g.w.printf("::error %s::%s\n", ghProps(rep.File, e.Pos.Line, "plan: not checked"), ghData(e.Error()))
		}
		return g.w.err
	}
	for _, r := range rep.Results {
		level := g.level(r.Status)
		if level == "" {
			continue
		}
		name := resultName(r, g.opts.Lang)
		title := fmt.Sprintf("plan: %s %s %s", r.ID, name, r.Status)
		msg := fmt.Sprintf("%s %s: %s, target %s; %s", r.ID, name, r.Status, r.Target, r.Note)
		g.w.printf("::%s %s::%s\n", level, ghProps(rep.File, r.Line, title), ghData(msg))
	}
	if !g.opts.Quiet {
		summary := check.SummaryLine(rep.Summary)
		if rep.Plan != nil {
			summary += "; plan " + rep.Plan.Title + " (" + rep.Plan.File + ")"
		}
		g.w.printf("::notice %s::%s\n", ghProps(rep.File, 0, "plan"), ghData(summary))
	}
	return g.w.err
}

// End writes nothing: each file has had its notice.
func (g *githubWriter) End(check.Totals, *check.Trend) error { return nil }

// level is the annotation of a status: error when it reaches --fail-on,
// warning for a warn or fail below it, none for pass and missing.
func (g *githubWriter) level(st check.Status) string {
	switch {
	case reaches(st, g.opts.failOn()):
		return "error"
	case isProblem(st):
		return "warning"
	}
	return ""
}

// ghProps writes the properties of a workflow command.
func ghProps(file string, line int, title string) string {
	p := "file=" + ghProp(file)
	if line > 0 {
		p += fmt.Sprintf(",line=%d", line)
	}
	return p + ",title=" + ghProp(title)
}

// ghData escapes the message of a workflow command.
func ghData(s string) string { return ghEscape(s, "%\r\n") }

// ghProp escapes a property value of a workflow command.
func ghProp(s string) string { return ghEscape(s, "%\r\n:,") }

// ghEscape writes each of the characters special (of %, CR, LF, : and ,)
// in s as % and its code in hex.
func ghEscape(s, special string) string {
	if !strings.ContainsAny(s, special) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; strings.IndexByte(special, c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}
