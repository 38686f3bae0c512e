package output

import (
	"bytes"
	"encoding/xml"
	"math/rand/v2"
	"strings"
	"testing"

	"plan/check"
)

// junitDoc is the JUnit XML of a run, as a CI reader reads it.
type junitDoc struct {
	XMLName xml.Name     `xml:"testsuites"`
	Name    string       `xml:"name,attr"`
	Tests   *int         `xml:"tests,attr"` // absent: the root carries no counts
	Suites  []junitSuite `xml:"testsuite"`
}

// totals sums the counts of the suites, as CI readers do.
func (d junitDoc) totals() junitCounts {
	var c junitCounts
	for _, s := range d.Suites {
		c.Tests += s.Tests
		c.Failures += s.Failures
		c.Errors += s.Errors
		c.Skipped += s.Skipped
	}
	return c
}

func TestJUnitReports(t *testing.T) {
	goldenFile(t, "reports.junit.xml", writeRun(t, "junit", Options{}, sampleReports(t), nil))
	for _, tt := range []struct {
		level             check.FailOn
		failures, skipped int
	}{
		{check.FailOnFail, 1, 6},
		{check.FailOnWarn, 2, 6},
		{check.FailOnMissing, 8, 0},
	} {
		out := writeRun(t, "junit", Options{FailOn: tt.level}, sampleReports(t), nil)
		var doc junitDoc
		if err := xml.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("output is not XML: %v\n%s", err, out)
		}
		s := doc.Suites[0]
		failures, skipped, names := 0, 0, map[string]bool{}
		for _, c := range s.Cases {
			if c.Failure != nil {
				failures++
			}
			if c.Skipped != nil {
				skipped++
			}
			if names[c.Name] {
				t.Errorf("two test cases named %q", c.Name)
			}
			names[c.Name] = true
		}
		if s.Tests != 10 || s.Failures != tt.failures || s.Skipped != tt.skipped || failures != s.Failures || skipped != s.Skipped {
			t.Errorf("--fail-on %s: tests %d failures %d (body %d) skipped %d (body %d); want 10, %d, %d",
				tt.level, s.Tests, s.Failures, failures, s.Skipped, skipped, tt.failures, tt.skipped)
		}
		if !names["1 地区生产总值增长"] {
			t.Errorf("no test case named by ID and name: %v", names)
		}
		broken := doc.Suites[1]
		if len(broken.Cases) != 1 || broken.Cases[0].Error == nil || broken.Tests != 1 || broken.Errors != 1 {
			t.Errorf("--fail-on %s: the file not checked is %+v, want one test case with an error", tt.level, broken)
		}
		if tot := doc.totals(); doc.Tests != nil || tot.Tests != 11 || tot.Failures != s.Failures || tot.Errors != 1 || tot.Skipped != s.Skipped {
			t.Errorf("--fail-on %s: root counts %v, suites' totals %+v; want none on the root, and 11 tests, %d failures, 1 error", tt.level, doc.Tests, tot, s.Failures)
		}
	}
	if out := writeRun(t, "junit", Options{}, sampleReports(t)[1:], nil); !strings.Contains(out, `<error message="not checked" type="input">bad.toml:3: &#34;x&#34;: 50% off, and: wrong&#xA;next&#xA;bad.toml:7: second</error>`) {
		t.Errorf("the error of a file not checked is not its every problem:\n%s", out)
	}
}

func TestJUnitEscapesTheRunName(t *testing.T) {
	var doc junitDoc
	out := writeRun(t, "junit", Options{}, sampleReports(t)[:1], nil)
	if err := xml.Unmarshal([]byte(out), &doc); err != nil || doc.Name != "plan: 2024年某市国民经济和社会发展计划主要目标" {
		t.Errorf("root name %q, %v", doc.Name, err)
	}
	if got := escapeAttr(`a "b" & <c>`); got != "a &#34;b&#34; &amp; &lt;c&gt;" {
		t.Errorf("escapeAttr = %q", got)
	}
}

// TestJUnitWritesEachSuiteAsItComes checks that a suite is written when
// its report is, not held until the end.
func TestJUnitWritesEachSuiteAsItComes(t *testing.T) {
	var buf strings.Builder
	w := junitFormat().NewReportWriter(&buf, Options{})
	if err := w.Begin(Run{Plan: samplePlan(t).Info}); err != nil {
		t.Fatal(err)
	}
	for _, rep := range sampleReports(t) {
		before := buf.Len()
		if err := w.Report(rep); err != nil {
			t.Fatal(err)
		}
		if got := buf.String()[before:]; !strings.HasPrefix(got, "\n  <testsuite name=") || !strings.HasSuffix(got, "</testsuite>") {
			t.Errorf("the report of %s wrote %q, want its testsuite", rep.File, got)
		}
	}
}

// TestWriteSuiteAsEncodingXML writes sample suites and thousands of random
// ones: the bytes of encoding/xml's Encoder, indented as the JUnit writer
// indents.
func TestWriteSuiteAsEncodingXML(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	text := func() string { return oddText[rnd.IntN(len(oddText))] + "'" + oddText[rnd.IntN(len(oddText))] }
	issue := func() *junitIssue {
		if rnd.IntN(3) > 0 {
			return nil
		}
		is := &junitIssue{Message: text(), Text: text()}
		if rnd.IntN(2) == 0 {
			is.Type = text()
		}
		return is
	}
	w := &junitWriter{opts: Options{}}
	var suites []junitSuite
	for _, rep := range sampleReports(t) {
		suites = append(suites, w.suite(rep))
	}
	for range 2000 {
		s := junitSuite{Name: text(), junitCounts: junitCounts{rnd.IntN(50), rnd.IntN(5), rnd.IntN(2), rnd.IntN(40)}}
		if rnd.IntN(3) == 0 {
			s.Properties = &junitProperties{}
			for range rnd.IntN(3) {
				s.Properties.Property = append(s.Properties.Property, junitProperty{text(), text()})
			}
		}
		for range rnd.IntN(4) {
			s.Cases = append(s.Cases, junitCase{Name: text(), Classname: text(), Failure: issue(), Skipped: issue(), Error: issue()})
		}
		suites = append(suites, s)
	}
	for i, s := range suites {
		var want bytes.Buffer
		want.WriteString("\n")
		enc := xml.NewEncoder(&want)
		enc.Indent("  ", "  ")
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		writeSuite(&got, s)
		if got.String() != want.String() {
			t.Fatalf("suite %d:\n%s\nencoding/xml:\n%s", i, got.String(), want.String())
		}
	}
}
