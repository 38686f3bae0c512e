package output

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"

	"plan/check"
)

// junitFormat is JUnit XML for CI test reports: one testsuite per file,
// one testcase per indicator named by ID and name. A fail is a failure, a
// warn a failure under --fail-on warn or missing, a missing result skipped
// (a failure under --fail-on missing); a file that could not be checked is
// one testcase with an error, since many CI readers count only test cases.
func junitFormat() Format {
	return Format{
		Name: "junit",
		NewReportWriter: func(w io.Writer, opts Options) ReportWriter {
			return &junitWriter{w: newErrWriter(w), opts: opts}
		},
	}
}

// junitCounts are the counts a testsuites or testsuite element carries.
type junitCounts struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Errors   int `xml:"errors,attr"`
	Skipped  int `xml:"skipped,attr"`
}

// add adds the counts of a suite.
func (c *junitCounts) add(o junitCounts) {
	c.Tests += o.Tests
	c.Failures += o.Failures
	c.Errors += o.Errors
	c.Skipped += o.Skipped
}

// junitSuite is the testsuite of one file.
type junitSuite struct {
	XMLName xml.Name `xml:"testsuite"`
	Name    string   `xml:"name,attr"`
	junitCounts
	Cases []junitCase `xml:"testcase"`
}

// junitCase is the testcase of one indicator, or of a file not checked.
type junitCase struct {
	Name      string      `xml:"name,attr"`
	Classname string      `xml:"classname,attr"`
	Failure   *junitIssue `xml:"failure,omitempty"`
	Skipped   *junitIssue `xml:"skipped,omitempty"`
	Error     *junitIssue `xml:"error,omitempty"`
}

// junitIssue is a failure, a skip or an error, with its message and detail.
type junitIssue struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}

// junitWriter encodes each report's testsuite as it comes. The totals on
// the root testsuites element are known only at the end, so the encoded
// suites wait in a buffer until End writes the root and then them.
type junitWriter struct {
	w      *errWriter
	opts   Options
	name   string
	totals junitCounts
	suites bytes.Buffer
}

// Begin keeps the name of the run: the plan's title.
func (j *junitWriter) Begin(run Run) error {
	j.name = "plan: " + run.Plan.Title
	return nil
}

// Report encodes one report's testsuite.
func (j *junitWriter) Report(rep check.Report) error {
	s := j.suite(rep)
	j.totals.add(s.junitCounts)
	enc := xml.NewEncoder(&j.suites)
	enc.Indent("  ", "  ")
	j.suites.WriteString("\n")
	if err := enc.Encode(s); err != nil {
		return fmt.Errorf("encoding the JUnit report of %s: %w", rep.File, err)
	}
	return nil
}

// End writes the XML: the root with the totals, and every testsuite.
func (j *junitWriter) End(check.Totals, *check.Trend) error {
	j.w.printf("%s<testsuites name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">",
		xml.Header, escapeAttr(j.name), j.totals.Tests, j.totals.Failures, j.totals.Errors, j.totals.Skipped)
	j.w.Write(j.suites.Bytes())
	j.w.printf("\n</testsuites>\n")
	return j.w.err
}

// escapeAttr escapes text for an XML attribute value in double quotes.
func escapeAttr(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s)) // cannot fail: a bytes.Buffer takes every write
	return b.String()
}

// suite is the testsuite of one report.
func (j *junitWriter) suite(rep check.Report) junitSuite {
	s := junitSuite{Name: rep.File}
	if rep.Error != "" {
		s.Tests, s.Errors = 1, 1
		s.Cases = []junitCase{{Name: rep.File, Classname: rep.File, Error: &junitIssue{Message: "not checked", Type: "input", Text: rep.Error}}}
		return s
	}
	for _, r := range rep.Results {
		c := junitCase{Name: r.ID + " " + resultName(r, j.opts.Lang), Classname: rep.File}
		detail := fmt.Sprintf("target %s; actual %s; %s", r.Target, displayActual(r), r.Note)
		switch {
		case reaches(r.Status, j.opts.failOn()):
			c.Failure = &junitIssue{Message: string(r.Status) + ": " + r.Note, Type: string(r.Status), Text: detail}
			s.Failures++
		case r.Status == check.Missing:
			c.Skipped = &junitIssue{Message: "missing: " + r.Note}
			s.Skipped++
		}
		s.Cases = append(s.Cases, c)
		s.Tests++
	}
	return s
}
