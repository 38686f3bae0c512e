package check

import (
	"encoding/xml"
	"fmt"
	"io"
)

// junitRenderer writes JUnit XML: one testsuite per file, one testcase per
// indicator, named by ID and name. A fail is a failure, a warn a failure
// under --fail-on warn or missing, a missing result skipped (a failure under
// --fail-on missing); a file that could not be checked is an error.
type junitRenderer struct{ opts RenderOptions }

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Error    *junitIssue `xml:"error,omitempty"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string      `xml:"name,attr"`
	Classname string      `xml:"classname,attr"`
	Failure   *junitIssue `xml:"failure,omitempty"`
	Skipped   *junitIssue `xml:"skipped,omitempty"`
}

type junitIssue struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}

// Render writes the JUnit XML.
func (j junitRenderer) Render(w io.Writer, d *Document) error {
	all := junitSuites{Name: "plan: " + d.Plan.Title}
	for _, rep := range d.Reports {
		s := j.suite(rep)
		all.Suites = append(all.Suites, s)
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Errors += s.Errors
		all.Skipped += s.Skipped
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// suite is the testsuite of one report.
func (j junitRenderer) suite(rep Report) junitSuite {
	s := junitSuite{Name: rep.File}
	if rep.Error != "" {
		s.Errors = 1
		s.Error = &junitIssue{Message: "not checked", Type: "input", Text: rep.Error}
		return s
	}
	for _, r := range rep.Results {
		c := junitCase{Name: r.ID + " " + displayName(r, j.opts.Lang), Classname: rep.File}
		detail := fmt.Sprintf("target %s; actual %s; %s", r.Target, displayActual(r), r.Note)
		switch {
		case counts(r.Status, j.opts.FailOn):
			c.Failure = &junitIssue{Message: string(r.Status) + ": " + r.Note, Type: string(r.Status), Text: detail}
			s.Failures++
		case r.Status == Missing:
			c.Skipped = &junitIssue{Message: "missing: " + r.Note}
			s.Skipped++
		}
		s.Cases = append(s.Cases, c)
		s.Tests++
	}
	return s
}
