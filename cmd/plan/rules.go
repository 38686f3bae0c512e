package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"plan/check"
	"plan/indicators"
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
			switch format {
			case "table":
				if err := writeRulesTable(opts.stdout, p); err != nil {
					return err
				}
				for _, d := range p.Diagnostics {
					errorf(opts.stderr, "%s:%d: %s", planName(opts), d.Line, d.Message)
				}
				return nil
			case "json":
				return writeRulesJSON(opts.stdout, p)
			}
			return usageErr("unknown format %q: use one of table, json", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	return cmd
}

// usageErr is an error with exit status 2.
func usageErr(format string, args ...any) error {
	return &exitError{code: exitBadUse, err: fmt.Errorf(format, args...)}
}

// loadPlan reads the plan named by --plan, or the embedded default.
func loadPlan(opts *options) (*indicators.Plan, error) {
	var (
		p   *indicators.Plan
		err error
	)
	if opts.planFile == "" {
		p, err = indicators.Read(seeds.DefaultName, seeds.Default())
	} else {
		p, err = indicators.ReadFile(opts.planFile)
	}
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

// rulesDoc is the JSON form of "plan rules": schema 1.
type rulesDoc struct {
	Schema      int                     `json:"schema"`
	Plan        indicators.Info         `json:"plan"`
	Indicators  []indicators.Indicator  `json:"indicators"`
	Diagnostics []indicators.Diagnostic `json:"diagnostics"`
}

// writeRulesJSON writes the plan's rules as JSON.
func writeRulesJSON(w io.Writer, p *indicators.Plan) error {
	doc := rulesDoc{Schema: 1, Plan: p.Info, Indicators: p.Indicators, Diagnostics: p.Diagnostics}
	if doc.Diagnostics == nil {
		doc.Diagnostics = []indicators.Diagnostic{}
	}
	return writeJSON(w, doc)
}

// writeJSON writes v as indented JSON, without escaping < > &.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeRulesTable writes the plan's rules as a text table, the category
// named once at the head of its rows.
func writeRulesTable(w io.Writer, p *indicators.Plan) error {
	fmt.Fprintf(w, "%s (%d)\n", p.Info.Title, p.Info.Year)
	t := check.NewTable(w, "ID", "Category", "Indicator", "Target", "Rule", "Polarity")
	last := ""
	for _, ind := range p.Indicators {
		cat := ind.Category
		if cat == last {
			cat = ""
		}
		last = ind.Category
		rule, pol := "(group)", ""
		if ind.Rule != nil {
			rule, pol = indicators.Symbol(*ind.Rule), string(ind.Rule.Polarity)
		}
		if err := t.Append(ind.ID, cat, indent(ind), ind.Target, rule, pol); err != nil {
			return err
		}
	}
	return t.Render()
}

// indent sets a sub-row's name in by its depth.
func indent(ind indicators.Indicator) string {
	return strings.Repeat("  ", strings.Count(ind.ID, ".")) + ind.Name
}
