package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/BurntSushi/toml"

	"plan/indicators"
)

// A plan file is a plan written as TOML by plan rules --format toml: a person
// can fix a reading or add a missing target and pass it back with --plan.
// An indicator given a target but no rule has its target read by the
// grammar; a rule with no polarity or nature has them inferred.

// tomlPlan is the layout of a plan file.
type tomlPlan struct {
	Schema      int              `toml:"schema"`
	Plan        tomlInfo         `toml:"plan"`
	Table       tomlTable        `toml:"table"`
	Indicators  []tomlIndicator  `toml:"indicators"`
	Diagnostics []tomlDiagnostic `toml:"diagnostics,omitempty"`
}

type tomlInfo struct {
	Title  string `toml:"title"`
	Year   int    `toml:"year"`
	Issuer string `toml:"issuer"`
}

type tomlTable struct {
	Index  int    `toml:"index"`
	Count  int    `toml:"count"`
	Line   int    `toml:"line"`
	Year   int    `toml:"year"`
	Form   string `toml:"form"`
	Reason string `toml:"reason"`
}

type tomlIndicator struct {
	ID        string    `toml:"id"`
	Key       string    `toml:"key,omitempty"`
	Name      string    `toml:"name"`
	NameEn    string    `toml:"name_en,omitempty"`
	Category  string    `toml:"category,omitempty"`
	Parent    string    `toml:"parent,omitempty"`
	Target    string    `toml:"target"`
	Line      int       `toml:"line,omitempty"`
	Nature    string    `toml:"nature,omitempty"`
	Attribute string    `toml:"attribute,omitempty"`
	Rule      *tomlRule `toml:"rule,omitempty"`
}

type tomlRule struct {
	Kind     string   `toml:"kind"`
	Value    *float64 `toml:"value,omitempty"`
	Low      *float64 `toml:"low,omitempty"`
	High     *float64 `toml:"high,omitempty"`
	Unit     string   `toml:"unit,omitempty"`
	Polarity string   `toml:"polarity,omitempty"`
	Ref      string   `toml:"ref,omitempty"`
	Relation string   `toml:"relation,omitempty"`
	Measure  string   `toml:"measure,omitempty"`
	Stretch  *float64 `toml:"stretch,omitempty"`
	Note     string   `toml:"note,omitempty"`
}

type tomlDiagnostic struct {
	Line    int    `toml:"line"`
	Message string `toml:"message"`
}

// writeRulesTOML writes a plan as a plan file.
func writeRulesTOML(w io.Writer, p *indicators.Plan) error {
	doc := tomlPlan{
		Schema: 1,
		Plan:   tomlInfo{Title: p.Info.Title, Year: p.Info.Year, Issuer: p.Info.Issuer},
		Table:  tomlTable(p.Table),
	}
	for _, ind := range p.Indicators {
		ti := tomlIndicator{ID: ind.ID, Key: ind.Key, Name: ind.Name, NameEn: ind.NameEn, Category: ind.Category,
			Parent: ind.Parent, Target: ind.Target, Line: ind.Line, Nature: string(ind.Nature), Attribute: ind.Attribute}
		if r := ind.Rule; r != nil {
			ti.Rule = &tomlRule{Kind: string(r.Kind), Value: r.Value, Low: r.Low, High: r.High, Unit: r.Unit,
				Polarity: string(r.Polarity), Ref: r.Ref, Relation: r.Relation, Measure: string(r.Measure), Stretch: r.Stretch, Note: r.Note}
		}
		doc.Indicators = append(doc.Indicators, ti)
	}
	for _, d := range p.Diagnostics {
		doc.Diagnostics = append(doc.Diagnostics, tomlDiagnostic(d))
	}
	fmt.Fprintf(w, "# %s: the target table as typed rules.\n", p.Info.Title)
	fmt.Fprintf(w, "# Fix a reading or add a missing target, then pass this file back with --plan.\n")
	fmt.Fprintf(w, "# An indicator with a target and no [indicators.rule] has its target read again.\n\n")
	return toml.NewEncoder(w).Encode(doc)
}

// readPlanFile reads a plan: a plan file (.toml), or a plan document.
func readPlanFile(path string, opts indicators.Options) (*indicators.Plan, error) {
	if !strings.EqualFold(strings.TrimPrefix(pathExt(path), "."), "toml") {
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

// pathExt is the extension of a path.
func pathExt(path string) string {
	i := strings.LastIndexByte(path, '.')
	if i < 0 || strings.ContainsAny(path[i:], `/\`) {
		return ""
	}
	return path[i:]
}

// decodePlanTOML reads a plan file.
func decodePlanTOML(name string, data []byte) (*indicators.Plan, error) {
	var doc tomlPlan
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
	p := &indicators.Plan{
		Info:  indicators.Info{Title: doc.Plan.Title, Year: doc.Plan.Year, Issuer: doc.Plan.Issuer},
		Table: indicators.TableInfo(doc.Table),
	}
	for _, d := range doc.Diagnostics {
		p.Diagnostics = append(p.Diagnostics, indicators.Diagnostic(d))
	}
	seen := map[string]bool{}
	for _, ti := range doc.Indicators {
		ind, err := planIndicator(ti, seen, doc.Indicators)
		if err != nil {
			return nil, fmt.Errorf("%s: indicator %q: %v", name, ti.ID, err)
		}
		seen[ind.ID] = true
		p.Indicators = append(p.Indicators, ind)
	}
	return p, nil
}

// planIndicator checks and completes one indicator of a plan file.
func planIndicator(ti tomlIndicator, seen map[string]bool, all []tomlIndicator) (indicators.Indicator, error) {
	ind := indicators.Indicator{ID: ti.ID, Key: ti.Key, Name: ti.Name, NameEn: ti.NameEn, Category: ti.Category,
		Parent: ti.Parent, Target: ti.Target, Line: ti.Line, Nature: indicators.Nature(ti.Nature), Attribute: ti.Attribute}
	switch {
	case ti.ID == "" || ti.Name == "":
		return ind, fmt.Errorf("an indicator needs an id and a name")
	case seen[ti.ID]:
		return ind, fmt.Errorf("the id is used twice")
	case ti.Parent != "" && !seen[ti.Parent]:
		return ind, fmt.Errorf("parent %q does not come before it", ti.Parent)
	}
	if r := ti.Rule; r != nil {
		rule, err := planRule(r)
		if err != nil {
			return ind, err
		}
		ind.Rule = &rule
	} else if ti.Target != "" && !hasChildren(ti.ID, all) {
		parts := indicators.ParseTarget(ti.Target)
		if len(parts) > 1 {
			return ind, fmt.Errorf("target %q has %d parts: give each its own indicator", ti.Target, len(parts))
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
		return ind, fmt.Errorf("nature %q: use rate, flow or stock", ind.Nature)
	}
	return ind, nil
}

// planRule checks a rule of a plan file.
func planRule(r *tomlRule) (indicators.Rule, error) {
	rule := indicators.Rule{Kind: indicators.Kind(r.Kind), Value: r.Value, Low: r.Low, High: r.High, Unit: r.Unit,
		Polarity: indicators.Polarity(r.Polarity), Ref: r.Ref, Relation: r.Relation, Measure: indicators.Measure(r.Measure),
		Stretch: r.Stretch, Note: r.Note}
	switch rule.Kind {
	case indicators.AtLeast, indicators.Above, indicators.AtMost, indicators.Below, indicators.About, indicators.Target:
		if rule.Value == nil {
			return rule, fmt.Errorf("a %s rule needs a value", rule.Kind)
		}
	case indicators.Range:
		if rule.Low == nil || rule.High == nil {
			return rule, fmt.Errorf("a range rule needs low and high")
		}
	case indicators.InStepWith, indicators.External, indicators.Qualitative:
	default:
		return rule, fmt.Errorf("rule kind %q: use at_least, above, at_most, below, about, target, range, in_step_with, external or qualitative", r.Kind)
	}
	switch rule.Polarity {
	case "", indicators.Higher, indicators.Lower, indicators.Neutral:
	default:
		return rule, fmt.Errorf("polarity %q: use higher, lower or neutral", r.Polarity)
	}
	if _, ok := indicators.ParseUnit(rule.Unit); !ok {
		return rule, fmt.Errorf("unit %q is not one this plan knows", rule.Unit)
	}
	if rule.Measure != indicators.Level && rule.Measure != indicators.Decrease {
		return rule, fmt.Errorf("measure %q: use decrease, or leave it out for a level", r.Measure)
	}
	return rule, nil
}

// hasChildren reports whether an indicator has rows under it.
func hasChildren(id string, all []tomlIndicator) bool {
	for _, ti := range all {
		if ti.Parent == id {
			return true
		}
	}
	return false
}
