package input

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestCheckTOMLDepthAccepts(t *testing.T) {
	for _, doc := range []string{
		"",
		"plan = \"2023\"\nperiod = \"2023-Q2\"\n[values]\ngdp_growth = 7.8\n\"9.3.1\" = { value = \"8.3%\", period = \"2023-05\" }\n",
		"[tolerance.by_id]\ncpi = { about = \"0.3pp\", warn = \"0.5pp\" }\n",
		"schema = 1\n[[indicators]]\nid = \"1\"\n[indicators.rule]\nkind = \"at_least\"\nvalue = 6.5\n",
		"a = [1.5, 2.5, 3.5]\nb = \"[[[[[[[[[[[[\" # {{{{{{{{{{{{{\nc = '{{{{{{{{{{{{{{{'\nd = \"\"\"\n[[[[[[[[[[[[[[[\n\"\"\"\n",
		"x = [[[[[[[[[1]]]]]]]]]\n",
		"a.b.c.d.e.f.g.h.i = 1\n",
		"\"a.b.c.d.e.f.g.h.i.j.k.l\" = 1\n",
	} {
		if err := CheckTOMLDepth("f.toml", []byte(doc)); err != nil {
			t.Errorf("%q: %v", doc, err)
		}
	}
}

func TestCheckTOMLDepthRefuses(t *testing.T) {
	deep := func(open, close string, n int) string { return strings.Repeat(open, n) + strings.Repeat(close, n) }
	for name, tt := range map[string]struct {
		doc  string
		line int
	}{
		"inline tables":     {"[values]\nx = " + deep("{a=", "}", 11) + "\n", 2},
		"arrays":            {"x = " + deep("[", "]", 11) + "\n", 1},
		"dotted keys":       {"ok = 1\n" + strings.Repeat("a.", 11) + "a = 1\n", 2},
		"table header":      {"[" + strings.Repeat("a.", 11) + "a]\n", 1},
		"array of tables":   {"[[" + strings.Repeat("a.", 10) + "a]]\n", 1},
		"header and keys":   {"[a.b.c.d.e]\nf.g.h.i.j.k.l = 1\n", 2},
		"thirty thousand":   {"x = " + deep("{a=", "}", 30000), 1},
		"arrays over lines": {"x = [\n" + deep("[\n", "]\n", 12), 11},
	} {
		err := CheckTOMLDepth("f.toml", []byte(tt.doc))
		if err == nil || err.Pos.Line != tt.line || !strings.Contains(err.Error(), "nested more than 10 deep") {
			t.Errorf("%s: %v, want an error at line %d", name, err, tt.line)
		}
	}
}

// FuzzCheckTOMLDepth checks that whatever passes the guard decodes without
// nesting past the limit: the decoder never sees a deeper file.
func FuzzCheckTOMLDepth(f *testing.F) {
	f.Add("[values]\nx = {a = {b = 1}}\n")
	f.Add("[[a.b]]\nc.d = [[1], [2]]\n")
	f.Add("x = \"\"\"\n{{{\"\"\"\ny = '''[[['''\n")
	f.Fuzz(func(t *testing.T, doc string) {
		if len(doc) > 1<<12 {
			return
		}
		if CheckTOMLDepth("f.toml", []byte(doc)) != nil {
			return
		}
		var v any
		if _, err := toml.Decode(doc, &v); err != nil {
			return
		}
		if d := valueDepth(v); d > MaxTOMLDepth+1 {
			t.Fatalf("passed the guard but decodes %d deep", d)
		}
	})
}

// valueDepth is how deeply a decoded value nests maps and slices.
func valueDepth(v any) int {
	best := 0
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			best = max(best, valueDepth(e))
		}
		return best + 1
	case []any:
		for _, e := range x {
			best = max(best, valueDepth(e))
		}
		return best + 1
	case []map[string]any:
		for _, e := range x {
			best = max(best, valueDepth(e))
		}
		return best + 1
	}
	return 0
}
