package output

import (
	"bytes"
	"path/filepath"
	"reflect"
	"testing"

	"plan/indicators"
	"plan/internal/fixtures"
	"plan/seeds"
)

func TestTOMLRules(t *testing.T) {
	goldenFile(t, "rules.toml", writeRules(t, "toml"))
}

// TestTOMLRoundTrip writes each plan as a plan file and reads it back: the
// same plan, field for field.
func TestTOMLRoundTrip(t *testing.T) {
	plans := map[string]*indicators.Plan{"sample": samplePlan(t), "default": seeds.Plan()}
	for _, f := range fixtures.Plans(t, "../testdata/plans") {
		p, err := indicators.ReadFile(f, indicators.Options{})
		if err != nil {
			t.Fatal(err)
		}
		plans[filepath.Base(f)] = p
	}
	for name, p := range plans {
		var buf bytes.Buffer
		if err := writeRulesTOML(&buf, p); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := indicators.ReadPlanFile(name+".toml", buf.Bytes())
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, buf.String())
		}
		if !reflect.DeepEqual(got, p) {
			t.Errorf("%s: the plan file reads back otherwise:\n got %+v\nwant %+v", name, got.Indicators, p.Indicators)
		}
	}
}
