package output

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"unicode/utf8"

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

// junitCounts are the counts a testsuite element carries.
type junitCounts struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Errors   int `xml:"errors,attr"`
	Skipped  int `xml:"skipped,attr"`
}

// junitSuite is the testsuite of one file.
type junitSuite struct {
	XMLName xml.Name `xml:"testsuite"`
	Name    string   `xml:"name,attr"`
	junitCounts
	Properties *junitProperties `xml:"properties,omitempty"` // the plan the file names, when it is not the run's
	Cases      []junitCase      `xml:"testcase"`
}

// junitProperties are the properties of a testsuite.
type junitProperties struct {
	Property []junitProperty `xml:"property"`
}

// junitProperty is one property: a name and a value.
type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
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

// junitWriter writes each report's testsuite as it comes, so that a run
// over many files holds none of them. The root testsuites element carries
// no counts: they are known only at the end, the JUnit schema makes them
// optional, and CI readers sum the suites' own counts.
type junitWriter struct {
	w    *errWriter
	opts Options
	buf  bytes.Buffer // a suite as it is written
}

// Begin opens the root element, named for the plan.
func (j *junitWriter) Begin(run Run) error {
	j.w.printf("%s<testsuites name=\"%s\">", xml.Header, escapeAttr("plan: "+run.Plan.Title))
	return j.w.err
}

// Report writes one report's testsuite.
func (j *junitWriter) Report(rep check.Report) error {
	j.buf.Reset()
	writeSuite(&j.buf, j.suite(rep))
	j.w.Write(j.buf.Bytes())
	return j.w.err
}

// writeSuite writes a testsuite as encoding/xml writes the junitSuite
// (indented by two spaces under a prefix of two), a newline before it: the
// same bytes, at several times the speed of its reflection, which a run
// over many files pays for every result. A test compares the two.
func writeSuite(b *bytes.Buffer, s junitSuite) {
	b.WriteString("\n  <testsuite name=\"")
	xmlEscape(b, s.Name)
	fmt.Fprintf(b, "\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">", s.Tests, s.Failures, s.Errors, s.Skipped)
	if s.Properties == nil && len(s.Cases) == 0 {
		b.WriteString("</testsuite>")
		return
	}
	if s.Properties != nil {
		b.WriteString("\n    <properties>")
		for _, p := range s.Properties.Property {
			b.WriteString("\n      <property name=\"")
			xmlEscape(b, p.Name)
			b.WriteString("\" value=\"")
			xmlEscape(b, p.Value)
			b.WriteString("\"></property>")
		}
		if len(s.Properties.Property) > 0 {
			b.WriteString("\n    ")
		}
		b.WriteString("</properties>")
	}
	for _, c := range s.Cases {
		b.WriteString("\n    <testcase name=\"")
		xmlEscape(b, c.Name)
		b.WriteString("\" classname=\"")
		xmlEscape(b, c.Classname)
		b.WriteString("\">")
		issues := 0
		for _, is := range []struct {
			tag   string
			issue *junitIssue
		}{{"failure", c.Failure}, {"skipped", c.Skipped}, {"error", c.Error}} {
			if is.issue == nil {
				continue
			}
			issues++
			b.WriteString("\n      <" + is.tag + " message=\"")
			xmlEscape(b, is.issue.Message)
			b.WriteByte('"')
			if is.issue.Type != "" {
				b.WriteString(" type=\"")
				xmlEscape(b, is.issue.Type)
				b.WriteByte('"')
			}
			b.WriteByte('>')
			xmlEscape(b, is.issue.Text)
			b.WriteString("</" + is.tag + ">")
		}
		if issues > 0 {
			b.WriteString("\n    ")
		}
		b.WriteString("</testcase>")
	}
	b.WriteString("\n  </testsuite>")
}

// xmlEscape writes text for an XML attribute or element as encoding/xml
// escapes it: directly when it has nothing to escape, else through
// xml.EscapeText.
func xmlEscape(b *bytes.Buffer, s string) {
	if plainXML(s) {
		b.WriteString(s)
		return
	}
	xml.EscapeText(b, []byte(s)) // a bytes.Buffer takes every write
}

// plainXML reports whether text is written in XML as it is: no character
// that XML escapes (" ' & < >, tab and line breaks) or cannot hold (other
// control characters, invalid UTF-8, U+FFFE and U+FFFF).
func plainXML(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x20, r == '"', r == '\'', r == '&', r == '<', r == '>', r == utf8.RuneError, r == 0xFFFE, r == 0xFFFF:
			return false
		}
	}
	return true
}

// End closes the root element.
func (j *junitWriter) End(check.Totals, *check.Trend) error {
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
	if rep.Plan != nil {
		s.Properties = &junitProperties{[]junitProperty{{"plan", rep.Plan.File}, {"plan_title", rep.Plan.Title}}}
	}
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
