package indicators

import (
	"fmt"
	"os"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// ruleShape is what an indicator's reading must be the same in every form
// of a document: its place in the table, its key and its rule.
func ruleShape(ind Indicator) string {
	rule := "(group)"
	if ind.Rule != nil {
		rule = fmt.Sprintf("%s %s %s %s", ind.Rule.Kind, Symbol(*ind.Rule), ind.Rule.Polarity, ind.Nature)
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s", ind.ID, Normalize(ind.Name), Normalize(ind.Category), ind.Parent, ind.Key, rule)
}

// TestSeedInEveryForm reads the default plan's table in every form it may
// be found in: the text of the page, the page as scraped, the HTML page
// with its merged cells, the text saved in GBK, a .docx and an .xlsx. Each
// reads to the same 49 rules.
func TestSeedInEveryForm(t *testing.T) {
	text, err := os.ReadFile("../seeds/shaoxing-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Read("shaoxing-2023.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(want.Checked()); n != 49 {
		t.Fatalf("the text reads to %d rules, want 49", n)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(text)
	if err != nil {
		t.Fatal(err)
	}
	scraped, err := os.ReadFile("../testdata/shaoxing-2023-plan-scraped.txt")
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile("../testdata/plans/shaoxing-2023.html")
	if err != nil {
		t.Fatal(err)
	}
	forms := []struct {
		name string
		data []byte
		form string
	}{
		{"scraped.txt", scraped, "cells"},
		{"gbk.txt", gbk, "cells"},
		{"page.html", page, "html"},
		{"plan.docx", seedDocx(t), "docx"},
		{"plan.xlsx", seedXLSX(t), "xlsx"},
	}
	for _, f := range forms {
		got, err := Read(f.name, f.data)
		if err != nil {
			t.Errorf("%s: %v", f.name, err)
			continue
		}
		if got.Table.Form != f.form || got.Info.Year != 2023 {
			t.Errorf("%s: read as %s for %d, want %s for 2023", f.name, got.Table.Form, got.Info.Year, f.form)
		}
		if len(got.Indicators) != len(want.Indicators) {
			t.Errorf("%s: %d indicators, want %d", f.name, len(got.Indicators), len(want.Indicators))
			continue
		}
		for i, ind := range got.Indicators {
			if g, w := ruleShape(ind), ruleShape(want.Indicators[i]); g != w {
				t.Errorf("%s: %s\n   want %s", f.name, g, w)
			}
		}
	}
}
