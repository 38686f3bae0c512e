package indicators

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseTarget checks that the grammar never panics, always returns a
// part, and that every part printed in symbols reads back to the same rule.
func FuzzParseTarget(f *testing.F) {
	for _, p := range readPhrases(f) {
		f.Add(p.target)
	}
	for _, s := range []string{"6%-6.5%、力争7%", "下降5%、力争6%", "≥ 8%、力争9%", "控制在合理区间(1.2%左右)", "６.５％", "2023.0年", "保持或优于Ⅱ类", "1,200万元以上", "-3.5%", "7%左右(力争8%)", "1.68:1以内", "3%以内,力争2.5%", "6%(上年实绩8%)", "2023-2025年累计下降3%", "3%(力争2.5%)以内"} {
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

// FuzzRead checks that the document reader (every layout, and recovery)
// never panics and that what it returns holds together: unique IDs, a
// polarity on every rule, parents that exist and come first, and no
// target that the document does not hold where the indicator says.
func FuzzRead(f *testing.F) {
	fixtures, _ := filepath.Glob("../testdata/plans/*.[th]*")
	corpus, _ := filepath.Glob("../testdata/corpus/*.txt")
	for _, name := range append(append([]string{"../seeds/shaoxing-2023.txt", "../testdata/shaoxing-2023-plan-scraped.txt"}, fixtures...), corpus...) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("指标名称\n2024年目标\n1\n地区生产总值增长\n5%左右\n2\n居民收入\n\n3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<14 {
			return // a large input fuzzes the same code more slowly
		}
		p, err := Read("fuzz", data)
		if err != nil {
			if p != nil {
				t.Fatal("Read returned a plan and an error")
			}
			return
		}
		lines := strings.Split(string(data), "\n")
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
			if ind.Target != "" && p.Table.Form != "html" && !citedAt(lines, ind.Line, ind.Column, ind.Target, false) {
				t.Fatalf("%s: target %q is not in the document at line %d", ind.ID, ind.Target, ind.Line)
			}
		}
	})
}

// FuzzTextLayouts checks that the text layouts never panic and place every
// cell on a line of the document.
func FuzzTextLayouts(f *testing.F) {
	f.Add("序号 | 指标 | 目标\n1 | 地区生产总值增长 | 5%左右\n")
	f.Add("序号  指标名称    2024年目标\n1   地区生产总值增长   5%左右\n")
	f.Add("| a | b\nc | d |\n(1)\n|---|\n")
	f.Add("序号\t指标名称\t2024年目标\n1\t\"地区生产\n总值增长\"\t5%左右\n2\t\t\n")
	f.Fuzz(func(t *testing.T, text string) {
		src := &source{name: "f.txt", data: []byte(text), text: text, kind: kindText}
		lines := len(strings.Split(text, "\n"))
		for _, l := range []layout{cellsLayout{}, pipeLayout{}, tabsLayout{}, columnsLayout{}} {
			grids, err := l.grids(src)
			if err != nil {
				t.Fatalf("%s: %v", l.form(), err)
			}
			for _, g := range grids {
				for _, row := range g.rows {
					for _, c := range row {
						if c.pos.Line < 1 || c.pos.Line > lines {
							t.Fatalf("%s: cell %q at line %d of %d", l.form(), c.raw, c.pos.Line, lines)
						}
					}
				}
			}
		}
	})
}
