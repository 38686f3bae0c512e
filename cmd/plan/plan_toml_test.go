package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plan/indicators"
)

// TestPlanTOMLEdited reads a plan file a person has edited: a rule taken out
// is read again from its target, a new target gets a rule, and mistakes are
// errors that name the indicator.
func TestPlanTOMLEdited(t *testing.T) {
	doc := `schema = 1
[plan]
title = "某市2024年计划"
year = 2024
issuer = "某市人民政府"
[[indicators]]
id = "1"
name = "地区生产总值增长"
target = "5%左右"
[[indicators]]
id = "2"
name = "城镇调查失业率"
target = "5.5%以内"
[indicators.rule]
kind = "at_most"
value = 5.2
unit = "%"
`
	p, err := indicators.ReadPlanFile("edited.toml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	one, _ := p.Lookup("1")
	two, _ := p.Lookup("2")
	if one.Rule.Kind != indicators.About || *one.Rule.Value != 5 || one.Rule.Polarity != indicators.Higher || one.Nature != indicators.Rate {
		t.Errorf("1: %+v %s, want about 5 higher rate", *one.Rule, one.Nature)
	}
	if *two.Rule.Value != 5.2 || two.Rule.Polarity != indicators.Lower {
		t.Errorf("2: %+v, want the edited 5.2 with polarity lower", *two.Rule)
	}
	for edit, want := range map[string]string{
		strings.Replace(doc, `kind = "at_most"`, `kind = "most"`, 1):                                      `edited.toml:10: "indicator 2": rule kind "most"`,
		strings.Replace(doc, `value = 5.2`, `valu = 5.2`, 1):                                              `edited.toml: unknown key "indicators.rule.valu"`,
		strings.Replace(doc, `id = "2"`, `id = "1"`, 1):                                                   `edited.toml:10: "indicator 1": the id is used twice`,
		strings.Replace(doc, "schema = 1", "schema = 2", 1):                                               `edited.toml: schema 2: this version of plan reads plan files of schema 1`,
		strings.ReplaceAll(doc, "target =", "key = \"gdp\"\ntarget ="):                                    `edited.toml:11: "indicator 2": the key "gdp" is used twice`,
		strings.Replace(doc, `unit = "%"`, `unit = "furlong"`, 1):                                         `unit "furlong" is not one this plan knows`,
		strings.Replace(doc, "kind = \"at_most\"\nvalue = 5.2", "kind = \"range\"\nlow = 6\nhigh = 5", 1): `range 6–5: low is above high`,
		strings.Replace(doc, `target = "5%左右"`, `target = "5%左右,6%以上"`, 1):                                `target "5%左右,6%以上" has 2 parts`,
		strings.Replace(doc, `title =`, `title = =`, 1):                                                   `edited.toml:3: TOML: `,
	} {
		if _, err := indicators.ReadPlanFile("edited.toml", []byte(edit)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want %q", err, want)
		}
	}
}

func TestPlanTOMLFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.toml")
	code, plan, errOut := runPlan(t, "rules", "--format", "toml")
	if code != 0 || errOut != seedGuess {
		t.Fatalf("plan rules --format toml: exit %d, stderr %q", code, errOut)
	}
	if err := os.WriteFile(path, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runPlan(t, "check", "--plan", path, "../../examples/shaoxing-2023.toml")
	if code != 0 || errOut != "" || !strings.Contains(out, "49 indicators: 3 pass, 0 warn, 0 fail, 46 missing") {
		t.Errorf("check with a plan file: exit %d, stderr %q, stdout %q", code, errOut, out)
	}
	// The plan file and the document give the same verdicts, byte for
	// byte, on the example actuals.
	for _, example := range []string{"../../examples/shaoxing-2023.toml", "../../examples/shaoxing-2023-h1.toml"} {
		codeDoc, fromDoc, _ := runPlan(t, "check", "--format", "json", example)
		codeFile, fromFile, _ := runPlan(t, "check", "--format", "json", "--plan", path, example)
		if codeDoc != codeFile || fromDoc != fromFile {
			t.Errorf("%s: the plan file gives exit %d and\n%s\nthe document exit %d and\n%s", example, codeFile, fromFile, codeDoc, fromDoc)
		}
	}
}
