package check

import (
	"errors"
	"strings"
	"testing"

	"plan/indicators"
	"plan/input"
)

func TestIsPlanPath(t *testing.T) {
	for _, tt := range []struct {
		ref  string
		want bool
	}{
		{"2023", false},
		{"2023年绍兴市国民经济和社会发展计划", false},
		{"plans/huzhou-2024.txt", true},
		{"huzhou.TXT", true},
		{"huzhou.docx", true},
		{"huzhou.xlsx", true},
		{"huzhou.html", true},
		{"huzhou.htm", true},
		{"plan.toml", true},
		{`plans\huzhou.txt`, true},
		{"/srv/plans/huzhou", true},
		{"湖州2024.pdf", false}, // not a document the reader knows: a title, refused as one
	} {
		if got := IsPlanPath(tt.ref); got != tt.want {
			t.Errorf("IsPlanPath(%q) = %v, want %v", tt.ref, got, tt.want)
		}
	}
}

func TestPlanPath(t *testing.T) {
	for _, tt := range []struct{ file, ref, want string }{
		{"data/huzhou/q1.toml", "plans/huzhou.txt", "data/huzhou/plans/huzhou.txt"},
		{"data/huzhou/q1.toml", "../plans/huzhou.txt", "data/plans/huzhou.txt"},
		{"q1.toml", "plans/huzhou.txt", "plans/huzhou.txt"},
		{"<stdin>", "plans/huzhou.txt", "plans/huzhou.txt"},
		{"data/q1.toml", "/srv/plans/./huzhou.txt", "/srv/plans/huzhou.txt"},
	} {
		if got := PlanPath(tt.file, tt.ref); got != tt.want {
			t.Errorf("PlanPath(%q, %q) = %q, want %q", tt.file, tt.ref, got, tt.want)
		}
	}
}

// TestLoadNamedPlan loads a file that names its plan: its figures are read
// for that plan, and a plan that cannot be read is an error at its line.
func TestLoadNamedPlan(t *testing.T) {
	named, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	run := &indicators.Plan{Info: indicators.Info{Title: "run", Year: 1999}}
	var asked []string
	o := LoadOptions{Plans: func(path string) (*indicators.Plan, error) {
		asked = append(asked, path)
		if strings.HasSuffix(path, "missing.txt") {
			return nil, input.ErrorList{{Pos: input.Pos{File: path}, Msg: "cannot read the plan: no such file"}, {Pos: input.Pos{File: path, Line: 2}, Msg: "second"}}
		}
		return named, nil
	}}
	a, err := o.Load("data/q1.toml", []byte("# Huzhou\nplan = \"plans/n.txt\"\nperiod = \"2023-Q1\"\n[values]\n\"2\" = 2.3\n"), run)
	if err != nil {
		t.Fatal(err)
	}
	if a.Against != named || a.PlanFile != "data/plans/n.txt" || a.Plan != "plans/n.txt" || len(a.Values) != 1 || asked[0] != "data/plans/n.txt" {
		t.Errorf("loaded against %p (named %p), plan file %q, plan %q, %d values; asked for %v", a.Against, named, a.PlanFile, a.Plan, len(a.Values), asked)
	}
	a, err = o.Load("q1.toml", []byte("period = \"1999\"\n"), run)
	if err != nil || a.Against != run || a.PlanFile != "" {
		t.Errorf("a file naming no plan: against %p, plan file %q, %v; want the run's plan", a.Against, a.PlanFile, err)
	}
	_, err = o.Load("data/q2.toml", []byte("period = \"2023-Q2\"\n\nplan = \"missing.txt\"\n"), run)
	var list input.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || list[0].Pos.Line != 3 || list[0].Key != "plan" ||
		list[0].Msg != "the plan it names cannot be read: data/missing.txt: cannot read the plan: no such file; data/missing.txt:2: second" {
		t.Errorf("a plan that cannot be read: %#v", err)
	}
}
