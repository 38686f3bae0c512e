package indicators

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseTarget checks that the grammar never panics, always returns a
// part, and that every part printed in symbols reads back to the same rule.
func FuzzParseTarget(f *testing.F) {
	for _, p := range readPhrases(f) {
		f.Add(p.target)
	}
	for _, s := range []string{"6%-6.5%、力争7%", "下降5%、力争6%", "≥ 8%、力争9%", "控制在合理区间(1.2%左右)", "６.５％", "2023.0年", "保持或优于Ⅱ类"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		parts := ParseTarget(cell)
		if len(parts) == 0 {
			t.Fatalf("ParseTarget(%q) returned no part", cell)
		}
		for _, p := range parts {
			sym := Symbol(p.Rule)
			again := ParseTarget(sym)
			if len(again) != 1 {
				t.Fatalf("ParseTarget(%q): part %s printed as %q reads back as %d parts", cell, p.Rule.Kind, sym, len(again))
			}
			if !sameRule(p.Rule, again[0].Rule) {
				t.Fatalf("ParseTarget(%q): %+v printed as %q reads back as %+v", cell, p.Rule, sym, again[0].Rule)
			}
		}
	})
}

// sameRule compares what a rule's symbols carry: kind, figures, unit,
// measure, relation and stretch.
func sameRule(a, b Rule) bool {
	return a.Kind == b.Kind && sameNum(a.Value, b.Value) && sameNum(a.Low, b.Low) && sameNum(a.High, b.High) &&
		a.Unit == b.Unit && a.Measure == b.Measure && a.Relation == b.Relation && sameNum(a.Stretch, b.Stretch)
}

func sameNum(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// FuzzRead checks that the document reader never panics and that what it
// returns holds together: unique IDs, a polarity on every rule, parents that
// exist and come first.
func FuzzRead(f *testing.F) {
	fixtures, _ := filepath.Glob("../testdata/plans/*.[th]*")
	for _, name := range append([]string{"../seeds/shaoxing-2023.txt", "../testdata/shaoxing-2023-plan-scraped.txt"}, fixtures...) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("指标名称\n2024年目标\n1\n地区生产总值增长\n5%左右\n2\n居民收入\n\n3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Read("fuzz", data)
		if err != nil {
			if p != nil {
				t.Fatal("Read returned a plan and an error")
			}
			return
		}
		seen := map[string]bool{}
		for _, ind := range p.Indicators {
			if seen[ind.ID] {
				t.Fatalf("duplicate ID %s", ind.ID)
			}
			if ind.Parent != "" && !seen[ind.Parent] {
				t.Fatalf("%s: parent %s does not come before it", ind.ID, ind.Parent)
			}
			seen[ind.ID] = true
			if ind.Rule != nil && ind.Rule.Polarity == "" {
				t.Fatalf("%s: rule without polarity", ind.ID)
			}
		}
	})
}
