package output

import (
	"bytes"
	"strings"
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

// TestTemplateNatureExample checks that the [nature] example a template
// gives, uncommented, loads: it names one of the plan's own level targets.
func TestTemplateNatureExample(t *testing.T) {
	p := samplePlan(t)
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, p); err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(buf.String(), "[nature]\n# ", "[nature]\n", 1)
	if text == buf.String() {
		t.Fatal("the template gives no [nature] example")
	}
	if _, err := check.Load("template.toml", []byte(text), p); err != nil {
		t.Errorf("the [nature] example does not load: %v", err)
	}
}
