package output

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestIndentJSON indents compact JSON as encoding/json does, for values
// with every kind of punctuation in strings, empty objects and arrays, and
// nesting.
func TestIndentJSON(t *testing.T) {
	values := []any{
		map[string]any{},
		[]any{},
		"plain",
		42.5,
		nil,
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{1, 2, map[string]any{"d": nil}}},
		map[string]any{`key with "quotes", {braces} and [brackets]: colon`: `value \ back\\slash "\"" ,:`},
		[]any{"\u2028 line separator", "tab\tand\nnewline", "中文，：“引号”", "\x00\x1f", "</script>&"},
		[]any{[]any{[]any{[]any{}}}, map[string]any{"deep": map[string]any{"deeper": []any{true, false}}}},
	}
	for _, v := range values {
		var compact bytes.Buffer
		enc := json.NewEncoder(&compact)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		src := bytes.TrimSuffix(compact.Bytes(), []byte("\n"))
		for _, prefix := range []string{"", "    "} {
			var want bytes.Buffer
			if err := json.Indent(&want, src, prefix, "  "); err != nil {
				t.Fatal(err)
			}
			if got := indentJSON(nil, src, prefix, "  "); string(got) != want.String() {
				t.Errorf("indent of %s with prefix %q:\n%s\nwant\n%s", src, prefix, got, want.String())
			}
		}
	}
}

// TestIndentJSONOfReports indents the reports of the sample run as
// encoding/json does.
func TestIndentJSONOfReports(t *testing.T) {
	reports, trend := sampleTrend(t)
	for _, v := range []any{sampleReports(t), reports, trend} {
		src, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		json.Indent(&want, src, "    ", "  ")
		if got := indentJSON(nil, src, "    ", "  "); string(got) != want.String() {
			t.Errorf("indent differs from encoding/json:\n%s\nwant\n%s", got, want.String())
		}
	}
}

// FuzzIndentJSON indents any compact JSON as encoding/json does.
func FuzzIndentJSON(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `{"a":[1,{"b":"c\"d"}],"e":{}}`, `"x"`, `[[],[{}]]`, `{"k\\":"v:,"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var compact bytes.Buffer
		if json.Compact(&compact, src) != nil || !bytes.Equal(compact.Bytes(), src) {
			return // indentJSON takes JSON as encoding/json writes it
		}
		var want bytes.Buffer
		if err := json.Indent(&want, src, ">", "\t"); err != nil {
			return
		}
		if got := indentJSON(nil, src, ">", "\t"); string(got) != want.String() {
			t.Errorf("indent of %q: %q, want %q", src, got, want.String())
		}
	})
}
