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
Cells the reader could not type are listed as diagnostics on stderr.

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
				opts.msg.errorf("%s: %s", d.Pos(planName(opts)), d.Message)
			}
			if strict && len(p.Diagnostics) > 0 {
				return &exitError{code: exitFailed}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: "+strings.Join(output.Names(output.Rules), ", "))
	cmd.Flags().BoolVar(&strict, "strict", false, "exit 1 when the reader has diagnostics")
	return cmd
}
