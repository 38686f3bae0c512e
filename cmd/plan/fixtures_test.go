package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"plan/indicators"
	"plan/internal/fixtures"
)

// TestFixturesBothWays reads every fixture plan two ways, the document
// itself and the plan file plan rules --format toml writes of it with its
// [indicators.rule] tables taken out (so each target is read again by the
// grammar), and checks one actuals file against both: the verdicts must be
// the same, but for the differences known below, which the test keeps
// honest: one that goes away must be taken off the list.
func TestFixturesBothWays(t *testing.T) {
	dir := t.TempDir()
	n := 0
	for _, doc := range fixtures.Plans(t, "../../testdata/plans") {
		n++
		name := filepath.Base(doc)
		t.Run(name, func(t *testing.T) {
			fromDoc, fromFile, err := bothWays(t, doc, filepath.Join(dir, name))
			known := knownDifferences()[name]
			switch {
			case err != nil && known.unreadable == "":
				t.Fatal(err)
			case err != nil:
				t.Logf("known: %s", known.unreadable)
				return
			case known.unreadable != "":
				t.Fatalf("the plan file reads now (%s was known): take %s off knownDifferences", known.unreadable, name)
			}
			if len(fromDoc) == 0 {
				t.Fatalf("no verdicts from %s", doc)
			}
			for _, id := range sortedIDs(fromDoc, fromFile) {
				d, f := fromDoc[id], fromFile[id]
				_, isKnown := known.ids[id]
				switch {
				case d != f && !isKnown:
					t.Errorf("%s: the document gives %v, the plan file without rules %v", id, d, f)
				case d == f && isKnown:
					t.Errorf("%s: the same verdict both ways now (%s was known): take it off knownDifferences", id, known.ids[id])
				}
			}
		})
	}
	if n < 5 {
		t.Errorf("%d fixture plans in testdata/plans, want them all", n)
	}
}

// knownDifference is how a fixture read from its plan file without rules
// differs from the document: the plan file does not read, or the verdicts
// of some indicators differ, each for a reason.
type knownDifference struct {
	unreadable string
	ids        map[string]string
}

// knownDifferences are the differences between reading a document and
// reading its plan file with the rules taken out, as the reader stands,
// by fixture. Each is a reading the plan file cannot make again from the
// target alone.
func knownDifferences() map[string]knownDifference {
	return map[string]knownDifference{}
}

// bothWays checks an actuals file with a figure for every indicator
// against the document and against its plan file without rules, both
// written under base, and returns the verdicts of each by ID; an error
// when the plan file cannot be read.
func bothWays(t *testing.T, doc, base string) (fromDoc, fromFile map[string]verdict, err error) {
	t.Helper()
	pDoc, err := indicators.ReadFile(doc, indicators.Options{})
	if err != nil {
		t.Fatal(err)
	}
	code, planFile, errOut := runPlan(t, "rules", "--plan", doc, "--format", "toml")
	if code != exitOK {
		t.Fatalf("plan rules --format toml: exit %d: %s", code, errOut)
	}
	planPath, actualsPath := base+".toml", base+".actuals.toml"
	if err := os.WriteFile(planPath, []byte(withoutRules(planFile)), 0o644); err != nil {
		t.Fatal(err)
	}
	pFile, err := indicators.ReadFile(planPath, indicators.Options{})
	if err != nil {
		return nil, nil, err
	}
	if err := os.WriteFile(actualsPath, []byte(actualsFor(pDoc, pFile)), 0o644); err != nil {
		t.Fatal(err)
	}
	return verdicts(t, doc, actualsPath), verdicts(t, planPath, actualsPath), nil
}

// sortedIDs are the IDs of two sets of verdicts, in order.
func sortedIDs(a, b map[string]verdict) []string {
	ids := slices.Collect(maps.Keys(a))
	for id := range b {
		if _, ok := a[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// withoutRules takes the [indicators.rule] tables out of a plan file.
func withoutRules(planFile string) string {
	var b strings.Builder
	inRule := false
	for line := range strings.Lines(planFile) {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "[") {
			inRule = trimmed == "[indicators.rule]"
		}
		if !inRule {
			b.WriteString(line)
		}
	}
	return b.String()
}

// actualsFor writes an actuals file with a figure for every indicator
// that both plans check: the target, a little under it or well over it in
// turn, so that the verdicts are of every kind.
func actualsFor(p, other *indicators.Plan) string {
	var b strings.Builder
	fmt.Fprintf(&b, "period = \"%d\"\n[values]\n", p.Info.Year)
	for i, ind := range p.Checked() {
		if o, ok := other.Lookup(ind.ID); !ok || o.Rule == nil {
			continue // a verdict of one plan only, compared as missing
		}
		r := ind.Rule
		switch v, ok := r.Num(); {
		case r.Kind == indicators.Qualitative:
			fmt.Fprintf(&b, "%q = %v\n", ind.ID, i%2 == 0)
		case r.Kind == indicators.External:
			fmt.Fprintf(&b, "%q = { value = %d, target = 10 }\n", ind.ID, 8+i%3)
		case r.Kind == indicators.InStepWith:
			fmt.Fprintf(&b, "%q = %g\n", ind.ID, 4.5+float64(i%3))
		case ok:
			fmt.Fprintf(&b, "%q = %g\n", ind.ID, v*[]float64{1, 0.97, 1.2}[i%3])
		}
	}
	return b.String()
}

// verdict is what plan check says of one indicator.
type verdict struct {
	ID, Status, Note string
}

// verdicts runs plan check --format json on an actuals file against a
// plan, and returns each indicator's verdict by ID.
func verdicts(t *testing.T, plan, actuals string) map[string]verdict {
	t.Helper()
	code, out, errOut := runPlan(t, "check", "--plan", plan, "--format", "json", "--fail-on", "missing", actuals)
	if code == exitBadUse {
		t.Fatalf("plan check --plan %s: exit %d: %s", plan, code, errOut)
	}
	var doc struct {
		Reports []struct {
			Results []verdict
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Reports) != 1 {
		t.Fatalf("plan check --plan %s: %v\n%s", plan, err, out)
	}
	byID := map[string]verdict{}
	for _, v := range doc.Reports[0].Results {
		byID[v.ID] = v
	}
	return byID
}
