package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"

	"plan/output"
	"plan/seeds"
)

// TestWorkersWriteTheSameBytes checks a few hundred generated files, some
// of them broken and some naming their plan, in every format on one
// worker and on many: the same bytes on stdout and stderr, and the same
// exit status.
func TestWorkersWriteTheSameBytes(t *testing.T) {
	dir := t.TempDir()
	if err := writeScaleFiles(dir, 300, 2); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "plans"), 0o755); err != nil {
		t.Fatal(err)
	}
	doc := seeds.Default()
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, "plans", name), doc, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		"330010-2023-Q1.toml": "period = \"2023-Q1\"\n[values]\ngdp_growth = = 1\n",
		"330020-2023-Q3.toml": "period = \"2023-Q3\"\n[values]\ngdp_grwth = 6.1\nurban_unemployment = \"4.6吨\"\n",
		"330030-2023-Q2.toml": "",
		"330040-2023-Q2.toml": "plan = \"plans/missing.txt\"\nperiod = \"2023-Q2\"\n",
	}
	for i := range 40 { // files naming one of two plans, spread through the run
		text := "plan = \"plans/a.txt\"\nperiod = \"2023-Q4\"\n[values]\ngdp_growth = 6.1\n"
		if i%2 == 1 {
			text = strings.Replace(text, "a.txt", "b.txt", 1)
		}
		files[fmt.Sprintf("3300%02d-2023-Q4-city.toml", i*75/40)] = text
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, format := range output.Names(output.Reports) {
		code1, out1, err1 := runPlan(t, "check", "--jobs", "1", "--format", format, dir)
		if code1 != exitBadUse || !strings.Contains(err1, "gdp_grwth") || !strings.Contains(err1, "plans/missing.txt") {
			t.Fatalf("%s on one worker: exit %d, stderr %q", format, code1, err1)
		}
		for _, jobs := range []string{"2", "16"} {
			code, out, errOut := runPlan(t, "check", "--jobs", jobs, "--format", format, dir)
			if code != code1 || out != out1 || errOut != err1 {
				t.Errorf("%s on %s workers differs from one worker: exit %d and %d\n%s", format, jobs, code, code1,
					diff.Diff("one worker", []byte(out1+err1), jobs+" workers", []byte(out+errOut)))
			}
		}
	}
}

// TestMessagesComeWithTheirFile writes stdout and stderr to one stream, as
// a terminal or a CI log shows them: the errors of a file come between the
// report before it and the report after it, on any number of workers.
func TestMessagesComeWithTheirFile(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.toml": "period = \"2023\"\n[values]\ngdp_growth = 7\n",
		"b.toml": "period = \"2023\"\n[values]\ngdp_grwth = 7\n",
		"c.toml": "period = \"2023\"\n[values]\ngdp_growth = 5\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, jobs := range []string{"1", "3"} {
		var both bytes.Buffer
		run([]string{"check", "--trend=off", "--jobs", jobs, dir}, nil, &both, &both)
		out := both.String()
		a, b, c := strings.Index(out, "a.toml: 2023年"), strings.Index(out, `b.toml:3: "gdp_grwth"`), strings.Index(out, "c.toml: 2023年")
		if a < 0 || b < 0 || c < 0 || !(a < b && b < c) {
			t.Errorf("--jobs %s: the report of a, the error of b and the report of c at %d, %d, %d:\n%s", jobs, a, b, c, out)
		}
	}
}
