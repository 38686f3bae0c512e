package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"plan/indicators"
)

// A plan file is a plan written as TOML by plan rules --format toml: a person
// can fix a reading or add a missing target and pass it back with --plan.
// An indicator given a target but no rule has its target read by the
// grammar; a rule with no polarity or nature has them inferred.

// writeRulesTOML writes a plan as a plan file.
func writeRulesTOML(w io.Writer, p *indicators.Plan) error {
	doc := newRulesDoc(p)
	fmt.Fprintf(w, "# %s: the target table as typed rules.\n", p.Info.Title)
	fmt.Fprintf(w, "# Fix a reading or add a missing target, then pass this file back with --plan.\n")
	fmt.Fprintf(w, "# An indicator with a target and no [indicators.rule] has its target read again.\n\n")
	return toml.NewEncoder(w).Encode(doc)
}

// readPlanFile reads a plan: a plan file (.toml), or a plan document.
func readPlanFile(path string, opts indicators.Options) (*indicators.Plan, error) {
	if !strings.EqualFold(filepath.Ext(path), ".toml") {
		return indicators.ReadFile(path, opts)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read plan: %w", err)
	}
	if len(data) > indicators.MaxDocumentSize {
		return nil, fmt.Errorf("%s: larger than %d MiB, too large for a plan file", path, indicators.MaxDocumentSize>>20)
	}
	return decodePlanTOML(path, data)
}

// decodePlanTOML reads a plan file.
func decodePlanTOML(name string, data []byte) (*indicators.Plan, error) {
	var doc rulesDoc
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&doc)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s:%d: TOML syntax: %s", name, pe.Position.Line, pe.Message)
		}
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q in a plan file", name, und[0].String())
	}
	if doc.Schema != 1 {
		return nil, fmt.Errorf("%s: schema %d: this plan reads plan files of schema 1", name, doc.Schema)
	}
	p := &indicators.Plan{Info: doc.Plan, Table: doc.Table, Diagnostics: doc.Diagnostics}
	seen := map[string]bool{}
	for _, ind := range doc.Indicators {
		if err := completeIndicator(&ind, seen, doc.Indicators); err != nil {
			return nil, fmt.Errorf("%s: indicator %q: %v", name, ind.ID, err)
		}
		seen[ind.ID] = true
		p.Indicators = append(p.Indicators, ind)
	}
	return p, nil
}

// completeIndicator checks one indicator of a plan file and completes it:
// a target with no rule is read by the grammar, and a missing polarity or
// nature is inferred.
func completeIndicator(ind *indicators.Indicator, seen map[string]bool, all []indicators.Indicator) error {
	switch {
	case ind.ID == "" || ind.Name == "":
		return fmt.Errorf("an indicator needs an id and a name")
	case seen[ind.ID]:
		return fmt.Errorf("the id is used twice")
	case ind.Parent != "" && !seen[ind.Parent]:
		return fmt.Errorf("parent %q does not come before it", ind.Parent)
	}
	if ind.Rule != nil {
		if err := checkRule(ind.Rule); err != nil {
			return err
		}
	} else if ind.Target != "" && !hasChildren(ind.ID, all) {
		parts := indicators.ParseTarget(ind.Target)
		if len(parts) > 1 {
			return fmt.Errorf("target %q has %d parts: give each its own indicator", ind.Target, len(parts))
		}
		rule := parts[0].Rule
		ind.Rule = &rule
	}
	if ind.Rule != nil {
		if ind.Rule.Polarity == "" {
			ind.Rule.Polarity = indicators.NamePolarity(ind.Name)
		}
		if ind.Nature == "" {
			ind.Nature = indicators.InferNature(ind.Name, ind.Rule)
		}
	}
	if _, ok := indicators.ParseNature(string(ind.Nature)); ind.Nature != "" && !ok {
		return fmt.Errorf("nature %q: use rate, flow or stock", ind.Nature)
	}
	return nil
}

// checkRule checks a rule of a plan file.
func checkRule(rule *indicators.Rule) error {
	switch rule.Kind {
	case indicators.AtLeast, indicators.Above, indicators.AtMost, indicators.Below, indicators.About, indicators.Target:
		if rule.Value == nil {
			return fmt.Errorf("a %s rule needs a value", rule.Kind)
		}
	case indicators.Range:
		if rule.Low == nil || rule.High == nil {
			return fmt.Errorf("a range rule needs low and high")
		}
	case indicators.InStepWith, indicators.External, indicators.Qualitative:
	default:
		return fmt.Errorf("rule kind %q: use at_least, above, at_most, below, about, target, range, in_step_with, external or qualitative", rule.Kind)
	}
	switch rule.Polarity {
	case "", indicators.Higher, indicators.Lower, indicators.Neutral:
	default:
		return fmt.Errorf("polarity %q: use higher, lower or neutral", rule.Polarity)
	}
	if _, ok := indicators.ParseUnit(rule.Unit); !ok {
		return fmt.Errorf("unit %q is not one this plan knows", rule.Unit)
	}
	if rule.Measure != indicators.Level && rule.Measure != indicators.Decrease {
		return fmt.Errorf("measure %q: use decrease, or leave it out for a level", rule.Measure)
	}
	return nil
}

// hasChildren reports whether an indicator has rows under it.
func hasChildren(id string, all []indicators.Indicator) bool {
	for _, ti := range all {
		if ti.Parent == id {
			return true
		}
	}
	return false
}
