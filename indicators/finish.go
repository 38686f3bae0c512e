package indicators

import (
	"fmt"
	"strings"
)

// finish completes a plan once its indicators are read, from a document
// or from a plan file: keys and English names from the glossary, the
// polarity and nature of each rule from its wording and the names of the
// indicator and the rows above it, and the reference of rules set against
// economic growth. It fills only what is blank, so that a plan file's own
// choices stand, and a plan reads to the same rules whichever way it came.
// Reading a document (document true) it says where a polarity is a guess.
func finish(p *Plan, document bool) {
	byID := make(map[string]*Indicator, len(p.Indicators))
	used := map[string]bool{}
	for i := range p.Indicators {
		if k := p.Indicators[i].Key; k != "" {
			used[k] = true
		}
	}
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		byID[ind.ID] = ind
		if t, ok := glossary(ind.Name); ok && ind.Key == "" && !used[t.key] {
			ind.Key, used[t.key] = t.key, true
			if ind.NameEn == "" {
				ind.NameEn = t.en
			}
		}
		if ind.Rule == nil {
			continue
		}
		names := lineage(ind, byID)
		if ind.Rule.Polarity == "" {
			ind.Rule.Polarity = RulePolarity(names, ind.Rule)
			if document && needsDirection(ind.Rule) && !saysDirection(names) {
				p.Diagnostics = append(p.Diagnostics, directionGuess(ind))
			}
		}
		if decreaseByName(names, ind.Rule) {
			ind.Rule.Measure = Decrease
		}
		if ind.Nature == "" {
			ind.Nature = InferNature(names, ind.Rule)
		}
	}
	linkGrowth(p)
}

// directionGuess says that a row reads as better higher for want of any
// word saying so.
func directionGuess(ind *Indicator) Diagnostic {
	return Diagnostic{Line: ind.Line, Column: ind.Column, Sheet: ind.Sheet, Kind: Guess,
		Message: fmt.Sprintf("row %s (%s) reads as better higher: neither its name nor its target %s says which way", ind.ID, ind.Name, quoteShort(ind.Target))}
}

// decreaseByName reports whether a rule measures a decrease because its
// row's name (or a group's above it) asks for one, its target saying
// nothing of it: 单位GDP能耗降低 | 完成省下达目标, or | 3%. Its figures are
// then the size of the fall, as those of 下降3% are.
func decreaseByName(names string, r *Rule) bool {
	if r.Measure == Decrease || r.Polarity != Higher || !NamesDecrease(names) {
		return false
	}
	u, _ := ParseUnit(r.Unit)
	return r.Kind == External || u.Base == Percent && r.Kind != InStepWith
}

// lineage joins the names of an indicator and the rows above it, so that a
// sub-row such as 氨氮 under 主要污染物排放量降低 measures what its parent
// does. The parts of a compound target (城镇新增就业 and 调查失业率 under
// one row) are named for themselves and measure different things: their
// lineage stops at their own name.
func lineage(ind *Indicator, byID map[string]*Indicator) string {
	names := []string{ind.Name}
	for p := byID[ind.Parent]; p != nil && p.Target == ""; p = byID[p.Parent] {
		names = append([]string{p.Name}, names...)
	}
	return strings.Join(names, " ")
}

// linkGrowth gives each rule set against economic growth (与经济增长同步)
// its reference: the plan's GDP growth indicator. A plan without one gets
// a diagnostic for each such rule, which stays without a reference.
func linkGrowth(p *Plan) {
	ref, ok := growthRef(p)
	for _, ind := range p.Checked() {
		if ind.Rule.Kind != InStepWith || ind.Rule.Ref != "" {
			continue
		}
		if !ok {
			p.Diagnostics = append(p.Diagnostics, Diagnostic{Line: ind.Line, Column: ind.Column, Sheet: ind.Sheet, Kind: Note,
				Message: fmt.Sprintf("%s %s is set against economic growth, but the table has no GDP growth indicator", ind.ID, ind.Name)})
			continue
		}
		ind.Rule.Ref = ref
	}
}

// growthRef finds the plan's GDP growth indicator: named for the economy's
// output (地区生产总值, GDP, 全市生产总值 …) with a target in percent. A row
// named 地区生产总值 whose target is 增长6% is that indicator; one whose
// target is 3000亿元 is not.
func growthRef(p *Plan) (string, bool) {
	for _, ind := range p.Checked() {
		r := ind.Rule
		if r.Kind == InStepWith || !isGDPName(Normalize(ind.Name)) {
			continue
		}
		if u, ok := ParseUnit(r.Unit); ok && u.Base == Percent {
			return ind.ID, true
		}
	}
	return "", false
}
