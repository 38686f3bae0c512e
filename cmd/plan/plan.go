package main

import (
	"plan/indicators"
	"plan/seeds"
)

// loadPlan reads the plan named by --plan, or returns the embedded default,
// which was read from seeds/ ahead of time (go generate ./seeds).
func loadPlan(opts *options) (*indicators.Plan, error) {
	if opts.planFile == "" {
		if opts.table != 0 {
			return nil, usageErr("--table needs --plan: the embedded plan has one table")
		}
		return seeds.Plan(), nil
	}
	p, err := indicators.ReadFile(opts.planFile, indicators.Options{Table: opts.table, Encoding: opts.encoding})
	if err != nil {
		return nil, inputErr(err)
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
