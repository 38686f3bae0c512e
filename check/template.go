package check

import (
	"fmt"
	"io"
	"strconv"

	"plan/indicators"
)

// WriteTemplate writes an actuals file for plan p with every indicator that
// has a rule: its key, and as a comment its ID, name, target and unit. The
// values are commented out, so the template checks cleanly as it is.
func WriteTemplate(w io.Writer, p *indicators.Plan) error {
	year := strconv.Itoa(p.Info.Year)
	fmt.Fprintf(w, "# Actual figures for %s.\n", p.Info.Title)
	fmt.Fprintf(w, "# Uncomment a line and give its figure: a bare number is in the unit the\n")
	fmt.Fprintf(w, "# target prints; a string may carry its unit (\"6.1%%\", \"10.2万人\").\n")
	fmt.Fprintf(w, "# External targets take { value = …, target = … } or true/false;\n")
	fmt.Fprintf(w, "# qualitative ones take true/false. Cite the source of each figure.\n")
	fmt.Fprintf(w, "# Each comment ends with the indicator's nature: a rate is judged as it\n")
	fmt.Fprintf(w, "# stands, a flow against the share of the year elapsed, a stock as a\n")
	fmt.Fprintf(w, "# year-end count; [nature] overrides it (\"17\" = \"stock\").\n\n")
	fmt.Fprintf(w, "plan = %q\n", year)
	fmt.Fprintf(w, "period = %q    # or \"%s-Q1\" … \"%s-Q4\", \"%s-01\" … \"%s-12\" (year to date)\n", year, year, year, year, year)
	fmt.Fprintf(w, "\n[values]\n")
	last := ""
	for _, ind := range p.Checked() {
		if ind.Category != last {
			fmt.Fprintf(w, "\n# %s\n", ind.Category)
			last = ind.Category
		}
		fmt.Fprintf(w, "# %s %s: %s (%s%s)\n", ind.ID, ind.Name, ind.Target, unitNote(ind.Rule), ind.Nature)
		fmt.Fprintf(w, "# %s = %s\n", templateKey(ind), templateValue(ind.Rule))
	}
	fmt.Fprintf(w, "\n[nature]\n# new_urban_jobs = \"flow\"\n\n[tolerance]\n# about = \"5%%\"    # 左右 passes within this share of the target\n# warn = \"5%%\"     # a miss within this share of the target warns, beyond it fails\n")
	return nil
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
