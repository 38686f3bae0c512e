package check

import (
	"bytes"
	"testing"
)

// sampleDocument is a checked document with every status, a value with its
// own period, text that needs escaping in each format and a file that could
// not be checked.
func sampleDocument(t *testing.T) *Document {
	t.Helper()
	rep := checkText(t, "[values]\n\"1\" = { value = \"5.2%\", period = \"2024-05\" }\n\"10\" = 5.6\n\"9\" = 50\n\"4\" = true\n")
	rep.File = `dir/a,"b"|c.toml`
	bad := Failed("bad.toml", &InputError{File: "bad.toml", Line: 3, Key: "x", Msg: "50% off, and: wrong\nnext"})
	return NewDocument(readTestPlan(t).Info, rep, bad)
}

// render renders the sample document in a format.
func render(t *testing.T, format string, opts RenderOptions) string {
	t.Helper()
	r, err := NewRenderer(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, sampleDocument(t)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestNewRendererUnknown(t *testing.T) {
	if _, err := NewRenderer("yaml", RenderOptions{}); err == nil || err.Error() != `unknown format "yaml": use one of table, json, csv, markdown, junit, github` {
		t.Errorf("NewRenderer(yaml) error = %v", err)
	}
	for _, f := range Formats() {
		if _, err := NewRenderer(f, RenderOptions{}); err != nil {
			t.Errorf("NewRenderer(%s): %v", f, err)
		}
	}
}
