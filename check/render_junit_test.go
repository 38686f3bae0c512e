package check

import (
	"encoding/xml"
	"testing"
)

func TestRenderJUnit(t *testing.T) {
	for _, tt := range []struct {
		level                            FailOn
		failures, skipped, warnsFailures int
	}{
		{FailOnFail, 1, 6, 0},
		{FailOnWarn, 2, 6, 1},
		{FailOnMissing, 8, 0, 1},
	} {
		out := render(t, "junit", RenderOptions{FailOn: tt.level})
		var doc junitSuites
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
		if doc.Tests != 10 || doc.Failures != s.Failures || doc.Errors != 1 || doc.Suites[1].Error == nil {
			t.Errorf("--fail-on %s: totals %d/%d/%d errors, want 10/%d/1", tt.level, doc.Tests, doc.Failures, doc.Errors, s.Failures)
		}
		if !names["1 地区生产总值增长"] {
			t.Errorf("no test case named by ID and name: %v", names)
		}
	}
}
