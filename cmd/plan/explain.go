package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"plan/check"
	"plan/indicators"
)

const explainLong = `Show how one indicator is read and judged: the source line, the typed
rule, and the thresholds in force (pass from …, warn from …) with the
tolerances applied. --actuals FILE applies that file's tolerances and, for
targets set against another indicator or a higher level, its figures.`

// newExplainCmd builds "plan explain".
func newExplainCmd(opts *options) *cobra.Command {
	var actuals string
	cmd := &cobra.Command{
		Use:   "explain ID|KEY|NAME",
		Short: "Show how one indicator is read and judged",
		Long:  explainLong,
		Args: wantArgs(func(n int) bool { return n == 1 },
			"explain takes one indicator: plan explain ID|KEY|NAME (plan rules lists them)"),
		RunE: func(_ *cobra.Command, args []string) error {
			p, err := loadPlan(opts)
			if err != nil {
				return err
			}
			ind, ok := p.Lookup(args[0])
			if !ok {
				return usageErr("no indicator %q in %s: plan rules lists the IDs, keys and names", args[0], p.Info.Title)
			}
			var a *check.Actuals
			if actuals != "" {
				if a, err = check.LoadFile(actuals, p); err != nil {
					return &exitError{code: exitBadUse, err: err}
				}
			}
			writeExplanation(opts.stdout, planName(opts), ind, check.Explain(p, ind, a))
			return nil
		},
	}
	cmd.Flags().StringVar(&actuals, "actuals", "", "apply the tolerances and figures of this actuals file")
	return cmd
}

// writeExplanation writes what plan explain shows.
func writeExplanation(w io.Writer, source string, ind *indicators.Indicator, ex check.Explanation) {
	fmt.Fprintf(w, "%s %s\n", ind.ID, ind.Name)
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(w, "  %-11s %s\n", name+":", value)
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
		return
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
		return
	}
	field("pass from", ex.Pass)
	field("warn from", ex.Warn)
	field("fail", "anything else")
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
