package output

import (
	"bytes"
	"testing"

	"plan/check"
)

func TestTemplate(t *testing.T) {
	p := samplePlan(t)
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, p); err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "template.toml", buf.String())
	a, err := check.Load("template.toml", buf.Bytes(), p)
	if err != nil {
		t.Fatalf("the template does not load: %v", err)
	}
	if s := check.Evaluate(p, a).Summary; s.Missing != s.Total() || s.Total() != 10 {
		t.Errorf("the template checks as %+v, want every indicator missing", s)
	}
}
