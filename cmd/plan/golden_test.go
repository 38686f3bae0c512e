package main

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"plan/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the output got")

// runPlan runs the command line and returns its exit status, stdout and stderr.
func runPlan(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// golden compares got with testdata/name; -update rewrites it.
func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got, *update, "go test ./cmd/plan -update")
}

// TestCheckGolden checks the full-year example in JSON, the documented
// schema, against its golden file.
func TestCheckGolden(t *testing.T) {
	code, out, errOut := runPlan(t, "check", "--format", "json", "../../examples/shaoxing-2023.toml")
	if code != exitOK || errOut != "" {
		t.Fatalf("plan check --format json: exit %d, stderr %q", code, errOut)
	}
	goldenFile(t, "check.json", strings.ReplaceAll(out, "../../examples/", "examples/"))
}

// seedGuess is what plan rules says on stderr of the embedded plan: the
// text lost the cell the printed table merges over rows 20 and 21, so
// row 21's sub-rows share row 20's target by a guess.
const seedGuess = "plan: shaoxing-2023.txt (embedded):273: guess: row 21 (主要污染物排放量降低) and its sub-rows have no target: read as sharing row 20's (完成省下达目标), a cell the printed table merged over them\n"

func TestRulesGolden(t *testing.T) {
	for _, tt := range []struct{ golden, format string }{
		{"rules.json", "json"},
		{"rules.txt", "table"},
	} {
		code, out, errOut := runPlan(t, "rules", "--format", tt.format)
		if code != exitOK || errOut != seedGuess {
			t.Fatalf("plan rules --format %s: exit %d, stderr %q", tt.format, code, errOut)
		}
		goldenFile(t, tt.golden, out)
	}
}

func TestRulesScrapedPlan(t *testing.T) {
	code, out, errOut := runPlan(t, "rules", "--format", "json", "--plan", "../../testdata/shaoxing-2023-plan-scraped.txt")
	wantErr := strings.Replace(strings.Replace(seedGuess, "shaoxing-2023.txt (embedded)", "../../testdata/shaoxing-2023-plan-scraped.txt", 1), ":273:", ":274:", 1)
	if code != exitOK || errOut != wantErr || !bytes.Contains([]byte(out), []byte(`"key": "gdp_growth"`)) {
		t.Fatalf("plan rules --plan scraped copy: exit %d, stderr %q", code, errOut)
	}
}

// TestRulesStrict refuses a plan the reader had to guess at, and passes
// one it did not.
func TestRulesStrict(t *testing.T) {
	code, _, errOut := runPlan(t, "rules", "--strict")
	if code != exitBadUse || !strings.HasSuffix(errOut, "plan: the reader made 1 guess(es) the document does not prove: --strict refuses them\n") {
		t.Errorf("plan rules --strict on the embedded plan: exit %d, stderr %q; want exit 2", code, errOut)
	}
	code, _, errOut = runPlan(t, "rules", "--strict", "--plan", "../../testdata/plans/shaoxing-2023.html")
	if code != exitOK || errOut != "" {
		t.Errorf("plan rules --strict on the page whose merged cells prove the reading: exit %d, stderr %q", code, errOut)
	}
}

func TestRulesErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"rules", "--format", "yaml"}, "plan: unknown format \"yaml\": use one of table, json, csv, markdown, toml\n"},
		{[]string{"rules", "--plan", "no-such-file.txt"}, "plan: no-such-file.txt: cannot read the plan: no such file or directory\n"},
		{[]string{"rules", "--plan", "../../go.mod"}, "plan: ../../go.mod: no target table found: looked for a header with a name column (指标名称, 指标, 项目) and a target column (2024年目标, 预期目标, 计划)\nplan: hint: a table needs a name and a target column; a plan stated in sentences is not read yet\n"},
		{[]string{"rules", "--plan", "../../testdata/corpus/shaoxing-2020-q1.txt"}, "plan: ../../testdata/corpus/shaoxing-2020-q1.txt:3: no target table found: the nearest to a header is 序号 | 内容与要求 | 进展情况 | 责任单位, which names no name or target column\nplan: hint: a table needs a name and a target column; a plan stated in sentences is not read yet\n"},
		{[]string{"rules", "extra"}, "plan: unknown command \"extra\" for \"plan rules\"\nplan: hint: run 'plan help rules' for usage\n"},
		{[]string{"rules", "--bogus"}, "plan: unknown flag: --bogus\nplan: hint: run 'plan help rules' for usage\n"},
		{[]string{"--bogus"}, "plan: unknown flag: --bogus\nplan: hint: run 'plan help' for usage\n"},
		{[]string{"rules", "--table", "x"}, "plan: --table \"x\": not a whole number\nplan: hint: run 'plan help rules' for usage\n"},
		{[]string{"check", "--all=maybe", "x.toml"}, "plan: --all=maybe: a switch is given alone, or as --all=true or --all=false\nplan: hint: run 'plan help check' for usage\n"},
		{[]string{"chek"}, "plan: unknown command \"chek\" for \"plan\"\nplan: hint: did you mean check? run 'plan help' for usage\n"},
	}
	for _, tt := range tests {
		code, out, errOut := runPlan(t, tt.args...)
		if code != exitBadUse || out != "" || errOut != tt.want {
			t.Errorf("plan %v: exit %d, stdout %q, stderr %q; want exit 2, stderr %q", tt.args, code, out, errOut, tt.want)
		}
	}
}
