package indicators

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/BurntSushi/toml"

	"plan/input"
)

// Document is a plan as plan rules writes it, schema 1: the JSON output,
// and the plan file (TOML) that --plan reads back. A person can fix a
// reading in a plan file or add a missing target: an indicator with a
// target and no rule has its target read by the grammar, and a rule with no
// polarity or nature has them inferred.
type Document struct {
	Schema      int          `json:"schema" toml:"schema"`
	Plan        Info         `json:"plan" toml:"plan"`
	Table       TableInfo    `json:"table" toml:"table"`
	Indicators  []Indicator  `json:"indicators" toml:"indicators"`
	Diagnostics []Diagnostic `json:"diagnostics" toml:"diagnostics,omitempty"`
}

// Schema is the version of Document written and read; the JSON output of
// plan rules and plan files carry it. A change to the meaning of a field
// is a new schema; a new field is not.
const Schema = 1

// NewDocument gathers a plan into its document.
func NewDocument(p *Plan) Document {
	diags := p.Diagnostics
	if diags == nil {
		diags = []Diagnostic{}
	}
	return Document{Schema: Schema, Plan: p.Info, Table: p.Table, Indicators: p.Indicators, Diagnostics: diags}
}

// ReadPlanFile reads a plan file: a Document in TOML. Every problem found
// is returned in an input.ErrorList, in the order of the file.
func ReadPlanFile(name string, data []byte) (*Plan, error) {
	if e := input.CheckTOMLDepth(name, data); e != nil {
		return nil, input.ErrorList{e}
	}
	if err := planFileShape(name, data); err != nil {
		return nil, err
	}
	var doc Document
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&doc)
	if err != nil {
		return nil, tomlError(name, err)
	}
	var errs input.ErrorList
	for _, key := range md.Undecoded() {
		errs.Add(input.Pos{File: name}, fmt.Sprintf("unknown key %q in a plan file", key.String()))
	}
	lines := arrayTableLines(data, "indicators")
	p := &Plan{Info: doc.Plan, Table: doc.Table, Diagnostics: doc.Diagnostics}
	seen, keys := map[string]bool{}, map[string]bool{}
	children := map[string][]int{}
	for i, ind := range doc.Indicators {
		children[ind.Parent] = append(children[ind.Parent], i)
	}
	parts := partRules(doc.Indicators, children)
	for i, ind := range doc.Indicators {
		pos := input.Pos{File: name}
		if i < len(lines) {
			pos.Line = lines[i]
		}
		if r, ok := parts[i]; ok && ind.Rule == nil {
			ind.Rule = &r
		}
		if err := completeIndicator(&ind, seen, len(children[ind.ID]) > 0); err != nil {
			errs.Append(&input.Error{Pos: pos, Key: "indicator " + ind.ID, Msg: err.Error()})
			continue
		}
		if ind.Key != "" && keys[ind.Key] {
			errs.Append(&input.Error{Pos: pos, Key: "indicator " + ind.ID, Msg: fmt.Sprintf("the key %q is used twice: an actuals file could not say which is meant", ind.Key)})
			continue
		}
		seen[ind.ID] = true
		if ind.Key != "" {
			keys[ind.Key] = true
		}
		p.Indicators = append(p.Indicators, ind)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	finish(p, false) // a plan file's rules are a person's: what it leaves blank is no guess of the reader's
	return p, nil
}

// planFileShape refuses, with a message that says what the file is, a file
// that is not a plan file: an empty one, an actuals file, one of another
// schema.
func planFileShape(name string, data []byte) error {
	var top map[string]any
	if _, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&top); err != nil {
		return tomlError(name, err)
	}
	file := input.Pos{File: name}
	switch {
	case len(top) == 0:
		return &input.Error{Pos: file, Msg: "an empty plan file", Hint: "plan rules --format toml > plan.toml writes one"}
	case top["values"] != nil || top["period"] != nil:
		return &input.Error{Pos: file, Msg: "an actuals file, not a plan file: it has [values] or period",
			Hint: "check it with plan check FILE, and give its plan with --plan"}
	case top["schema"] == nil:
		return &input.Error{Pos: file, Msg: "not a plan file: it has no schema = 1 line", Hint: "plan rules --format toml > plan.toml writes one"}
	case top["schema"] != int64(Schema):
		return &input.Error{Pos: file, Msg: fmt.Sprintf("schema %v: this version of plan reads plan files of schema %d", top["schema"], Schema)}
	}
	return nil
}

// tomlError turns an error of the TOML decoder into an input.Error at its line.
func tomlError(name string, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &input.Error{Pos: input.Pos{File: name, Line: pe.Position.Line}, Msg: "TOML: " + pe.Message}
	}
	return &input.Error{Pos: input.Pos{File: name}, Msg: "TOML: " + err.Error()}
}

// arrayTableLines returns the line of each [[name]] header of a TOML text,
// for messages about the table: the decoder keeps no positions.
func arrayTableLines(data []byte, name string) []int {
	var lines []int
	for i, line := range strings.Split(string(data), "\n") {
		if strings.ReplaceAll(strings.TrimSpace(line), " ", "") == "[["+name+"]]" {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// completeIndicator checks one indicator of a plan file and reads a target
// given without a rule by the grammar; finish infers what else is blank.
func completeIndicator(ind *Indicator, seen map[string]bool, hasChildren bool) error {
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
	} else if ind.Target != "" || !hasChildren {
		return readTarget(ind, hasChildren)
	}
	if _, ok := ParseNature(string(ind.Nature)); ind.Nature != "" && !ok {
		return fmt.Errorf("nature %q: use rate, flow or stock", ind.Nature)
	}
	return nil
}

// partRules reads the targets of several parts (分别增长8%和8%以上) that
// stand over as many rows: the parts' rules, for those rows given without
// one, by their index.
func partRules(inds []Indicator, children map[string][]int) map[int]Rule {
	rules := map[int]Rule{}
	for _, ind := range inds {
		kids := children[ind.ID]
		if ind.Target == "" || len(kids) < 2 {
			continue
		}
		parts := ParseTarget(ind.Target)
		if len(parts) != len(kids) {
			continue
		}
		for k, i := range kids {
			r := parts[k].Rule
			if r.Unit == "" && (r.Value != nil || r.Low != nil) {
				r.Unit = inds[i].Unit
			}
			rules[i] = r
		}
	}
	return rules
}

// readTarget reads the target of an indicator given without a rule, as
// the document reader does: a figure printed without a unit is in the
// indicator's unit, and a row with no target and no rows under it has
// nothing to check (a qualitative rule). A target of several parts (增长10%,占全国份额14.3‰)
// names a group whose parts are the rows under it; without such rows it
// is an error, for each part needs an indicator of its own.
func readTarget(ind *Indicator, hasChildren bool) error {
	parts := ParseTarget(ind.Target)
	switch {
	case len(parts) > 1 && hasChildren:
		return nil
	case len(parts) > 1:
		return fmt.Errorf("target %q has %d parts: give each its own indicator", ind.Target, len(parts))
	}
	rule := parts[0].Rule
	if rule.Unit == "" && (rule.Value != nil || rule.Low != nil || rule.Kind == Qualitative) {
		rule.Unit = ind.Unit
	}
	ind.Rule = &rule
	return nil
}

// checkRule checks a rule of a plan file.
func checkRule(rule *Rule) error {
	switch rule.Kind {
	case AtLeast, Above, AtMost, Below, About, Target:
		if rule.Value == nil {
			return fmt.Errorf("a %s rule needs a value", rule.Kind)
		}
	case Range:
		if rule.Low == nil || rule.High == nil {
			return fmt.Errorf("a range rule needs low and high")
		}
		if *rule.Low > *rule.High {
			return fmt.Errorf("range %v–%v: low is above high", *rule.Low, *rule.High)
		}
	case InStepWith, External, Qualitative:
	default:
		return fmt.Errorf("rule kind %q: use at_least, above, at_most, below, about, target, range, in_step_with, external or qualitative", rule.Kind)
	}
	for _, f := range []struct {
		name string
		v    *float64
	}{{"value", rule.Value}, {"low", rule.Low}, {"high", rule.High}, {"stretch", rule.Stretch}} {
		if f.v != nil && !IsFigure(*f.v) {
			return fmt.Errorf("%s %v is not a figure a plan sets: give a finite number of at most %g", f.name, *f.v, MaxFigure)
		}
	}
	switch rule.Polarity {
	case "", Higher, Lower, Neutral:
	default:
		return fmt.Errorf("polarity %q: use higher, lower or neutral", rule.Polarity)
	}
	if _, ok := ParseUnit(rule.Unit); !ok {
		return fmt.Errorf("unit %q is not one this plan knows", rule.Unit)
	}
	if rule.Measure != Level && rule.Measure != Decrease {
		return fmt.Errorf("measure %q: use decrease, or leave it out for a level", rule.Measure)
	}
	return nil
}

// MaxFigure bounds the figures plan reads, in plans and in actuals files:
// the largest figure a plan sets is a GDP in yuan (10¹⁴), and a figure
// beyond 10¹⁵ is a mistake whose arithmetic would overflow into infinity.
const MaxFigure = 1e15

// IsFigure reports whether v is a figure plan can judge: finite and within
// MaxFigure.
func IsFigure(v float64) bool { return !math.IsNaN(v) && math.Abs(v) <= MaxFigure }
