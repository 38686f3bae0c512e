package seeds

import (
	"os"
	"reflect"
	"testing"

	"github.com/rogpeppe/go-internal/diff"

	"plan/indicators"
	"plan/seeds/internal/gogen"
)

// TestPlanUpToDate checks that plan_gen.go holds what the reader makes of
// the document today, as cmd/go's TestDocsUpToDate checks its docs: when the
// reader or the plan's types change, go generate ./seeds brings it up to
// date.
func TestPlanUpToDate(t *testing.T) {
	p, err := indicators.Read(DefaultName, Default())
	if err != nil {
		t.Fatal(err)
	}
	want, err := gogen.PlanFile("seeds", "shaoxing-2023.txt", "go generate ./seeds", p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("plan_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if d := diff.Diff("plan_gen.go", got, "generated now", want); d != nil {
		t.Fatalf("plan_gen.go is out of date: run go generate ./seeds\n%s", d)
	}
	if !reflect.DeepEqual(Plan(), p) {
		t.Fatalf("Plan() differs from the plan read from the document: run go generate ./seeds")
	}
}

// TestPlanIsACopy checks that a caller may change the plan it is given.
func TestPlanIsACopy(t *testing.T) {
	p := Plan()
	p.Indicators[0].Rule.Kind = indicators.Qualitative
	if Plan().Indicators[0].Rule.Kind == indicators.Qualitative {
		t.Errorf("Plan() shares its rules between calls")
	}
}
