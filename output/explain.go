package output

import (
	"fmt"
	"io"

	"plan/check"
	"plan/indicators"
)

// WriteExplanation writes what plan explain shows of one indicator: where
// it was read (source names the plan), its rule and nature, and the bands
// in force with the tolerances applied.
func WriteExplanation(w io.Writer, source string, ind *indicators.Indicator, ex check.Explanation) error {
	ew := newErrWriter(w)
	ew.printf("%s %s\n", ind.ID, ind.Name)
	field := func(name, value string) {
		if value != "" {
			ew.printf("  %-11s %s\n", name+":", value)
		}
	}
	field("key", ind.Key)
	field("english", ind.NameEn)
	field("category", ind.Category)
	src := fmt.Sprintf("%s, line %d", source, ind.Line)
	if ind.Target != "" {
		src += ": " + ind.Target
	}
	field("source", src)
	if ind.Rule == nil {
		field("rule", "none (a group row)")
		return ew.err
	}
	r := ind.Rule
	field("rule", fmt.Sprintf("%s %s, polarity %s", r.Kind, indicators.Symbol(*r), r.Polarity))
	field("nature", string(ex.Nature)+natureNote(ex.Nature))
	if ex.Period.Text != "" {
		field("period", ex.Period.Text)
	}
	if r.Measure == indicators.Decrease {
		field("measure", "the size of the decrease")
	}
	if r.Ref != "" {
		field("reference", r.Ref+" ("+r.Relation+")")
	}
	field("note", r.Note)
	field("tolerances", fmt.Sprintf("about %s; warn %s", ex.Tolerances.About.Describe(), ex.Tolerances.Warn.Describe()))
	if ex.Pass == "" {
		field("thresholds", ex.Need)
		return ew.err
	}
	field("pass from", ex.Pass)
	field("warn from", ex.Warn)
	field("fail", "anything else")
	return ew.err
}

// natureNote says how a nature is judged before the year's end.
func natureNote(n indicators.Nature) string {
	switch n {
	case indicators.Flow:
		return " (a year-to-date figure is judged against the elapsed share of the target)"
	case indicators.Stock:
		return " (a year-end count: before the end a shortfall is at worst a warn)"
	}
	return " (a year-to-date figure is judged against the annual target)"
}
