package output

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"plan/check"
	"plan/indicators"
	"plan/input"
	"plan/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the output got")

// samplePlan is a small plan with one row of each kind of rule.
func samplePlan(t testing.TB) *indicators.Plan {
	t.Helper()
	data, err := os.ReadFile("testdata/plan.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := indicators.Read("plan.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checked loads actuals text against the sample plan and judges it.
func checked(t testing.TB, file, text string) check.Report {
	t.Helper()
	p := samplePlan(t)
	a, err := check.Load(file, []byte(text), p)
	if err != nil {
		t.Fatal(err)
	}
	return check.Evaluate(p, a)
}

// sampleReports are the reports of a run: a file with every status, a
// value with its own period and text that needs escaping in each format,
// and a file that could not be checked, with two errors.
func sampleReports(t testing.TB) []check.Report {
	t.Helper()
	rep := checked(t, `dir/a,"b"|c.toml`, "period = \"2024\"\n[values]\n\"1\" = { value = \"5.2%\", period = \"2024-05\" }\n\"10\" = 5.6\n\"9\" = 50\n\"4\" = true\n")
	var errs input.ErrorList
	errs.Append(&input.Error{Pos: input.Pos{File: "bad.toml", Line: 7}, Msg: "second"})
	errs.Append(&input.Error{Pos: input.Pos{File: "bad.toml", Line: 3}, Key: "x", Msg: "50% off, and: wrong\nnext"})
	return []check.Report{rep, check.Failed("bad.toml", errs)}
}

// sampleTrend are two periods of the sample plan's year and their trend.
func sampleTrend(t testing.TB) ([]check.Report, *check.Trend) {
	t.Helper()
	reports := []check.Report{
		checked(t, "q2.toml", "period = \"2024-Q2\"\n[values]\n\"1\" = 5.3\n\"9\" = 55\n"),
		checked(t, "q1.toml", "period = \"2024-Q1\"\n[values]\n\"1\" = 4.6\n\"9\" = 52\n"),
	}
	tr, ok := check.NewTrend(samplePlan(t).Info, reports)
	if !ok {
		t.Fatal("no trend for two quarters")
	}
	return reports, tr
}

// writeRun writes reports as a run in a format, with the trend view when
// trend is not nil.
func writeRun(t testing.TB, format string, opts Options, reports []check.Report, trend *check.Trend) string {
	t.Helper()
	f, err := Lookup(format, Reports)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := runTo(&buf, f, opts, samplePlan(t).Info, reports, trend); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// writeRules writes the sample plan's rules in a format.
func writeRules(t testing.TB, format string) string {
	t.Helper()
	f, err := Lookup(format, Rules)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.WriteRules(&buf, samplePlan(t)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// goldenFile compares got with testdata/name; -update rewrites it.
func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got, *update, "go test ./output -update")
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name    string
		doc     Doc
		wantErr string
	}{
		{"table", Rules, ""},
		{"table", Reports, ""},
		{"toml", Rules, ""},
		{"junit", Reports, ""},
		{"yaml", Rules, `unknown format "yaml": use one of table, json, csv, markdown, toml`},
		{"yaml", Reports, `unknown format "yaml": use one of table, json, jsonl, csv, markdown, junit, github`},
		{"toml", Reports, `format "toml" does not write plan check reports: use one of table, json, jsonl, csv, markdown, junit, github`},
		{"github", Rules, `format "github" does not write plan rules: use one of table, json, csv, markdown, toml`},
		{"", Reports, `unknown format "": use one of table, json, jsonl, csv, markdown, junit, github`},
	}
	for _, tt := range tests {
		f, err := Lookup(tt.name, tt.doc)
		switch {
		case tt.wantErr == "" && (err != nil || f.Name != tt.name || !f.Writes(tt.doc)):
			t.Errorf("Lookup(%q, %s) = %q, %v", tt.name, tt.doc, f.Name, err)
		case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
			t.Errorf("Lookup(%q, %s) error = %v, want %s", tt.name, tt.doc, err, tt.wantErr)
		}
	}
	if got := QuietNames(); !slices.Equal(got, []string{"table", "markdown", "github"}) {
		t.Errorf("QuietNames() = %v", got)
	}
}

// TestEveryFormatHasItsFileAndTest keeps to the rule that a format is one
// file and one test, named for it, and that names are unique.
func TestEveryFormatHasItsFileAndTest(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Formats() {
		if seen[f.Name] {
			t.Errorf("two formats named %q", f.Name)
		}
		seen[f.Name] = true
		if !f.Writes(Rules) && !f.Writes(Reports) {
			t.Errorf("format %q writes nothing", f.Name)
		}
		for _, file := range []string{f.Name + ".go", f.Name + "_test.go"} {
			if _, err := os.Stat(file); err != nil {
				t.Errorf("format %q: %v", f.Name, err)
			}
		}
	}
}

// TestWriteErrorsAreReturned writes every document in every format to a
// writer that fails at the first write, the second, and so on up to the
// last a whole document takes: each time the error must be returned.
func TestWriteErrorsAreReturned(t *testing.T) {
	trendReports, trend := sampleTrend(t)
	writes := map[string]func(w io.Writer, f Format) error{
		"rules": func(w io.Writer, f Format) error { return f.WriteRules(w, samplePlan(t)) },
		"reports": func(w io.Writer, f Format) error {
			return runTo(w, f, Options{All: true}, samplePlan(t).Info, sampleReports(t), nil)
		},
		"trend": func(w io.Writer, f Format) error {
			return runTo(w, f, Options{All: true}, samplePlan(t).Info, trendReports, trend)
		},
	}
	for _, f := range Formats() {
		for doc, write := range writes {
			if !f.Writes(Rules) && doc == "rules" || !f.Writes(Reports) && doc != "rules" {
				continue
			}
			testFailedWrites(t, f.Name+" "+doc, func(w io.Writer) error { return write(w, f) })
		}
	}
	testFailedWrites(t, "template", func(w io.Writer) error { return WriteTemplate(w, samplePlan(t)) })
}

// testFailedWrites runs write once to count its writes, then once failing
// at each of them.
func testFailedWrites(t *testing.T, name string, write func(w io.Writer) error) {
	t.Helper()
	counter := &failAfter{n: -1}
	if err := write(counter); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for after := range counter.writes {
		if err := write(&failAfter{n: after}); !errors.Is(err, errFull) {
			t.Errorf("%s: a write failed after %d of %d, and the error returned is %v", name, after, counter.writes, err)
		}
	}
}

// runTo writes reports as a run in format f: Begin, each report, End; the
// trend view when trend is not nil.
func runTo(w io.Writer, f Format, opts Options, info indicators.Info, reports []check.Report, trend *check.Trend) error {
	rw := f.NewReportWriter(w, opts)
	if err := rw.Begin(Run{Plan: info, Trend: trend != nil}); err != nil {
		return err
	}
	var totals check.Totals
	for _, rep := range reports {
		totals.Add(rep)
		if err := rw.Report(rep); err != nil {
			return err
		}
	}
	return rw.End(totals, trend)
}

// TestEveryFormatNamesTheReportsPlan writes a report judged against a plan
// the file names: every format says which.
func TestEveryFormatNamesTheReportsPlan(t *testing.T) {
	rep := checked(t, "huzhou/q1.toml", "period = \"2024-Q1\"\n[values]\n\"1\" = 4.6\n")
	rep.Plan = &check.PlanRef{File: "huzhou/plans/huzhou-2024.txt", Info: indicators.Info{Title: "2024年湖州市计划", Year: 2024}}
	want := map[string]string{
		"table":    "huzhou/q1.toml: 2024年湖州市计划 (huzhou/plans/huzhou-2024.txt), period 2024-Q1\n",
		"markdown": "### huzhou/q1.toml — 2024年湖州市计划 (huzhou/plans/huzhou-2024.txt), period 2024-Q1\n",
		"json":     "\"plan\": {\n        \"file\": \"huzhou/plans/huzhou-2024.txt\",\n        \"title\": \"2024年湖州市计划\",\n        \"year\": 2024,\n        \"issuer\": \"\"\n      },",
		"jsonl":    `{"file":"huzhou/q1.toml","plan":{"file":"huzhou/plans/huzhou-2024.txt","title":"2024年湖州市计划","year":2024,"issuer":""},"period":"2024-Q1",`,
		"csv":      ",missing,no figure,huzhou/plans/huzhou-2024.txt\n",
		"junit":    "<properties>\n      <property name=\"plan\" value=\"huzhou/plans/huzhou-2024.txt\"></property>\n      <property name=\"plan_title\" value=\"2024年湖州市计划\"></property>\n    </properties>",
		"github":   "; plan 2024年湖州市计划 (huzhou/plans/huzhou-2024.txt)\n",
	}
	for _, name := range Names(Reports) {
		out := writeRun(t, name, Options{}, []check.Report{rep}, nil)
		if w, ok := want[name]; !ok || !strings.Contains(out, w) {
			t.Errorf("%s does not name the plan as %q:\n%s", name, w, out)
		}
		if plain := writeRun(t, name, Options{}, sampleReports(t)[:1], nil); strings.Contains(plain, "huzhou-2024") || strings.Contains(plain, `"plan": {`+"\n        \"file\"") {
			t.Errorf("%s names a plan for a report of the run's plan:\n%s", name, plain)
		}
	}
}
