package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"plan/indicators"
	"plan/output"
	"plan/seeds"
)

const rulesLong = `Show the plan's indicators as typed rules.

Each row of the target table becomes an indicator with an ID (the table's
number; sub-rows N.k, parts of a compound target N.1, N.2), its target as
printed, the rule in symbols (≥ 6.5%, ≈ 10%, ≤ 1.68, < 0.007 人/亿元,
~ GDP growth) and its polarity (higher or lower is better, or neutral).
Cells the reader could not type are listed as diagnostics on stderr.

--format json writes the stable schema documented in README.md.`

// newRulesCmd builds "plan rules".
func newRulesCmd(opts *options) *cobra.Command {
	var format string
	var strict bool
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Show the plan's indicators as typed rules",
		Long:  rulesLong,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := loadPlan(opts)
			if err != nil {
				return err
			}
			f, err := output.Lookup(format, output.Rules)
			if err != nil {
				return usageErr("%v", err)
			}
			if err := f.WriteRules(opts.stdout, p); err != nil {
				return &exitError{code: exitBadUse, err: fmt.Errorf("writing the rules: %w", err)}
			}
			if t := p.Table; t.Count > 1 || opts.table != 0 {
				errorf(opts.stderr, "%s: read table %d of %d (line %d, %d): %s", planName(opts), t.Index, t.Count, t.Line, t.Year, t.Reason)
			}
			for _, d := range p.Diagnostics {
				errorf(opts.stderr, "%s:%d: %s", planName(opts), d.Line, d.Message)
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

// wantArgs checks the number of arguments, with a message that says what a
// command takes when it is wrong (exit status 2).
func wantArgs(ok func(n int) bool, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if !ok(len(args)) {
			return usageErr("%s", msg)
		}
		return nil
	}
}

// usageErr is an error with exit status 2.
func usageErr(format string, args ...any) error {
	return &exitError{code: exitBadUse, err: fmt.Errorf(format, args...)}
}

// loadPlan reads the plan named by --plan, or returns the embedded default,
// which was read from seeds/ at build time (embedded_plan.go).
func loadPlan(opts *options) (*indicators.Plan, error) {
	if opts.planFile == "" {
		if opts.table != 0 {
			return nil, usageErr("--table needs --plan: the embedded plan has one table")
		}
		return embeddedPlan(), nil
	}
	p, err := indicators.ReadFile(opts.planFile, indicators.Options{Table: opts.table})
	if err != nil {
		return nil, &exitError{code: exitBadUse, err: err}
	}
	return p, nil
}

// planName names the plan in messages.
func planName(opts *options) string {
	if opts.planFile == "" {
		return seeds.DefaultName
	}
	return opts.planFile
}
