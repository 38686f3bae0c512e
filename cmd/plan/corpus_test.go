package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpusResults judges the results that published documents print
// against the targets read from the same documents, and compares each
// verdict with the one an analyst gives (testdata/corpus/results.tsv):
// real pages, real figures, no miss shown as a pass.
func TestCorpusResults(t *testing.T) {
	data, err := os.ReadFile("../../testdata/corpus/results.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]string{} // doc → id → verdict
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 5 {
			continue
		}
		if want[f[0]] == nil {
			want[f[0]] = map[string]string{}
		}
		want[f[0]][f[1]] = f[4]
	}
	actuals, err := filepath.Glob("../../testdata/corpus/actuals/*.toml")
	if err != nil || len(actuals) < 4 {
		t.Fatalf("found %d actuals files (%v), want one for each document with a table and results", len(actuals), err)
	}
	judged := 0
	for _, file := range actuals {
		doc := strings.TrimSuffix(filepath.Base(file), ".toml")
		code, out, errOut := runPlan(t, "check", "--plan", "../../testdata/corpus/"+doc+".txt", "--format", "json", file)
		if code == exitBadUse {
			t.Fatalf("%s: exit %d: %s", doc, code, errOut)
		}
		var report struct {
			Reports []struct {
				Results []struct{ ID, Status, Note string }
			}
		}
		if err := json.Unmarshal([]byte(out), &report); err != nil || len(report.Reports) != 1 {
			t.Fatalf("%s: %v", doc, err)
		}
		for _, r := range report.Reports[0].Results {
			verdict, ok := want[doc][r.ID]
			if !ok || r.Status == "missing" {
				continue
			}
			judged++
			if r.Status != verdict {
				t.Errorf("%s %s: %s (%s), the analyst's verdict is %s", doc, r.ID, r.Status, r.Note, verdict)
			}
		}
	}
	if judged < 30 {
		t.Errorf("judged %d printed results, want every one the actuals files give", judged)
	}
}
