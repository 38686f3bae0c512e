package main

import (
	"github.com/spf13/cobra"
	"strings"

	"plan/check"
	"plan/output"
)

const explainLong = `Show how one indicator is read and judged: the source line, the typed
rule, and the thresholds in force (pass from …, warn from …) with the
tolerances applied. --actuals FILE applies that file's tolerances and, for
targets set against another indicator or a higher level, its figures; when
the file names its plan (plan = "plans/huzhou-2024.txt"), the indicator is
that plan's.`

// newExplainCmd builds "plan explain".
func newExplainCmd(opts *options) *cobra.Command {
	var actuals, period string
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
			name := planName(opts)
			var a *check.Actuals
			if actuals != "" {
				lo := check.LoadOptions{Period: period, Encoding: opts.encoding}
				if a, err = lo.LoadFile(actuals, p); err != nil {
					return inputErr(err)
				}
				if a.PlanFile != "" { // the file names its plan: explain that one
					p, name = a.Against, a.PlanFile
				}
			}
			ind, ok := p.Lookup(args[0])
			if named := p.Named(args[0]); !ok && len(named) > 1 {
				ids := make([]string, len(named))
				for i, n := range named {
					ids[i] = n.ID
				}
				return usageErr("%d indicators are named %s: %s; give the ID of the one meant", len(named), args[0], strings.Join(ids, ", "))
			}
			if !ok {
				return usageErr("no indicator %q in %s: plan rules lists the IDs, keys and names", args[0], p.Info.Title)
			}
			if err := output.WriteExplanation(opts.stdout, name, ind, check.Explain(p, ind, a)); err != nil {
				return writeErr("the explanation", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&actuals, "actuals", "", "apply the tolerances and figures of this actuals file")
	cmd.Flags().StringVar(&period, "period", "", "the period of an --actuals file that gives none (2024, 2024-Q1, 2024-05)")
	return cmd
}
