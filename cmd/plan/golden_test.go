package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the output got")

// runPlan runs the command line and returns its exit status, stdout and stderr.
func runPlan(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// golden compares got with testdata/name, showing a diff and writing
// testdata/name.got when they differ; -update rewrites testdata/name.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/plan -update writes it)", err)
	}
	if d := diff.Diff(path, want, path+".got", []byte(got)); d != nil {
		if err := os.WriteFile(path+".got", []byte(got), 0o644); err != nil {
			t.Error(err)
		}
		t.Errorf("output differs from %s (go test ./cmd/plan -update rewrites it after review):\n%s", path, d)
	}
}

// TestCheckGolden checks the full-year example in JSON, the documented
// schema, against its golden file.
func TestCheckGolden(t *testing.T) {
	code, out, errOut := runPlan(t, "check", "--format", "json", "../../examples/shaoxing-2023.toml")
	if code != exitOK || errOut != "" {
		t.Fatalf("plan check --format json: exit %d, stderr %q", code, errOut)
	}
	golden(t, "check.json", strings.ReplaceAll(out, "../../examples/", "examples/"))
}

func TestRulesGolden(t *testing.T) {
	for _, tt := range []struct{ golden, format string }{
		{"rules.json", "json"},
		{"rules.txt", "table"},
	} {
		code, out, errOut := runPlan(t, "rules", "--format", tt.format)
		if code != exitOK || errOut != "" {
			t.Fatalf("plan rules --format %s: exit %d, stderr %q", tt.format, code, errOut)
		}
		golden(t, tt.golden, out)
	}
}

func TestRulesScrapedPlan(t *testing.T) {
	code, out, errOut := runPlan(t, "rules", "--format", "json", "--plan", "../../testdata/shaoxing-2023-plan-scraped.txt")
	if code != exitOK || errOut != "" || !bytes.Contains([]byte(out), []byte(`"key": "gdp_growth"`)) {
		t.Fatalf("plan rules --plan scraped copy: exit %d, stderr %q", code, errOut)
	}
}

func TestRulesErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"rules", "--format", "yaml"}, "plan: unknown format \"yaml\": use one of table, json, csv, markdown, toml\n"},
		{[]string{"rules", "--plan", "no-such-file.txt"}, "plan: cannot read plan: open no-such-file.txt: no such file or directory\n"},
		{[]string{"rules", "--plan", "../../go.mod"}, "plan: ../../go.mod: no target table found: looked for a header row with 指标名称 and a target column such as 2023年目标\n"},
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
