package output

import (
	"fmt"
	"io"
	"strconv"

	"plan/indicators"
)

// WriteTemplate writes an actuals file for plan p with every indicator that
// has a rule: its key, and as a comment its ID, name, target, unit and
// nature. The values are commented out, so the template checks cleanly as
// it is.
func WriteTemplate(w io.Writer, p *indicators.Plan) error {
	ew := newErrWriter(w)
	year := strconv.Itoa(p.Info.Year)
	ew.printf("# Actual figures for %s.\n", p.Info.Title)
	ew.printf("# Uncomment a line and give its figure: a bare number is in the unit the\n")
	ew.printf("# target prints; a string may carry its unit (\"6.1%%\", \"10.2万人\").\n")
	ew.printf("# External targets take { value = …, target = … } or true/false;\n")
	ew.printf("# qualitative ones take true/false. Cite the source of each figure.\n")
	ew.printf("# Each comment ends with the indicator's nature: a rate is judged as it\n")
	ew.printf("# stands, a flow against the share of the year elapsed, a stock as a\n")
	ew.printf("# year-end count; [nature] overrides it (\"17\" = \"stock\").\n\n")
	ew.printf("plan = %q\n", year)
	ew.printf("period = %q    # or \"%s-Q1\" … \"%s-Q4\", \"%s-01\" … \"%s-12\" (year to date)\n", year, year, year, year, year)
	ew.printf("\n[values]\n")
	var cats categoryOnce
	for _, ind := range p.Checked() {
		if c := cats.cell(ind.Category); c != "" {
			ew.printf("\n# %s\n", c)
		}
		ew.printf("# %s %s: %s (%s%s)\n", ind.ID, ind.Name, ind.Target, unitNote(ind.Rule), ind.Nature)
		ew.printf("# %s = %s\n", templateKey(ind), templateValue(ind.Rule))
	}
	ew.printf("\n[nature]\n%s\n[tolerance]\n# about = \"5%%\"    # 左右 passes within this share of the target\n# warn = \"5%%\"     # a miss within this share of the target warns, beyond it fails\n", natureExample(p))
	return ew.err
}

// natureExample is a commented line of [nature] for the plan's first level
// target, with the nature it has; "" for a plan with none (a rate cannot
// be made another nature).
func natureExample(p *indicators.Plan) string {
	for _, ind := range p.Checked() {
		if ind.Nature == indicators.Flow || ind.Nature == indicators.Stock {
			return fmt.Sprintf("# %s = %q\n", templateKey(ind), ind.Nature)
		}
	}
	return ""
}

// templateKey is the key an indicator is written under: its ASCII key, or
// its quoted ID.
func templateKey(ind *indicators.Indicator) string {
	if ind.Key != "" {
		return ind.Key
	}
	return strconv.Quote(ind.ID)
}

// templateValue is a placeholder value of the right shape for a rule.
func templateValue(r *indicators.Rule) string {
	switch r.Kind {
	case indicators.External:
		return "{ value = 0, target = 0 }"
	case indicators.Qualitative:
		return "true"
	}
	return "0"
}

// unitNote names the unit a bare number is read in, followed by "; ".
func unitNote(r *indicators.Rule) string {
	switch {
	case r.Kind == indicators.InStepWith:
		return "%, as its reference; "
	case r.Unit != "":
		return r.Unit + "; "
	}
	return ""
}
