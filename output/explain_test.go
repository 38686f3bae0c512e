package output

import (
	"bytes"
	"testing"

	"plan/check"
)

func TestExplanation(t *testing.T) {
	p := samplePlan(t)
	var out bytes.Buffer
	for _, id := range []string{"1", "2", "6", "8"} {
		ind, ok := p.Lookup(id)
		if !ok {
			t.Fatalf("no indicator %s", id)
		}
		if err := WriteExplanation(&out, "plan.txt", ind, check.Explain(p, ind, nil)); err != nil {
			t.Fatal(err)
		}
	}
	goldenFile(t, "explain.txt", out.String())
}
