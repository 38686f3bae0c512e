package main

import (
	"strings"

	"github.com/spf13/cobra"

	"plan/output"
)

const rulesLong = `Show the plan's indicators as typed rules.

Each row of the target table becomes an indicator with an ID (the table's
number; sub-rows N.k, parts of a compound target N.1, N.2), its target as
printed, the rule in symbols (≥ 6.5%, ≈ 10%, ≤ 1.68, < 0.007 人/亿元,
~ GDP growth) and its polarity (higher or lower is better, or neutral).
What the reader says of the document is listed on stderr: notes (a cell
with no figure to check, a cell the page merged over rows) and guesses (a
reading the document does not prove, such as a target taken from the row
above in text that lost its merged cells); --strict refuses guesses.

--format json writes a stable document (schema 1: its fields keep their
meaning, new ones may be added); --format toml writes a plan file, which
--plan reads back after a person fixes a reading or adds a target.`

// newRulesCmd builds "plan rules".
func newRulesCmd(opts *options) *cobra.Command {
	var format string
	var strict bool
	cmd := &cobra.Command{
		Use:   "rules [--format FORMAT] [--strict]",
		Short: "Show the plan's indicators as typed rules",
		Long:  rulesLong,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := output.Lookup(format, output.Rules)
			if err != nil {
				return usageErr("%v", err)
			}
			p, err := loadPlan(opts)
			if err != nil {
				return err
			}
			if err := f.WriteRules(opts.stdout, p); err != nil {
				return writeErr("the rules", err)
			}
			if t := p.Table; t.Count > 1 || opts.table != 0 {
				opts.msg.errorf("%s: read table %d of %d (line %d, %d): %s", planName(opts), t.Index, t.Count, t.Line, t.Year, t.Reason)
			}
			for _, d := range p.Diagnostics {
				opts.msg.errorf("%s: %s: %s", d.Pos(planName(opts)), d.Kind, d.Message)
			}
			if n := guesses(p); strict && n > 0 {
				opts.msg.errorf("the reader made %d guess(es) the document does not prove: --strict refuses them", n)
				return &exitError{code: exitBadUse}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: "+strings.Join(output.Names(output.Rules), ", "))
	cmd.Flags().BoolVar(&strict, "strict", false, "exit 2 when the reader had to guess a reading the document does not prove")
	return cmd
}
