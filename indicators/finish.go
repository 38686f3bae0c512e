package indicators

import (
	"fmt"
	"strings"
)

// finish completes the indicators once the whole table is read: keys and
// English names from the glossary, polarities from the names where the
// wording left them open, natures, and the reference of in_step_with rules.
func finish(p *Plan) {
	byID := map[string]*Indicator{}
	used := map[string]bool{}
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		byID[ind.ID] = ind
		if t, ok := glossary(ind.Name); ok && !used[t.key] {
			ind.Key, ind.NameEn = t.key, t.en
			used[t.key] = true
		}
		if ind.Rule == nil {
			continue
		}
		names := lineage(ind, byID)
		if ind.Rule.Polarity == "" {
			ind.Rule.Polarity = NamePolarity(names)
		}
		ind.Nature = InferNature(names, ind.Rule)
	}
	ref, ok := growthRef(p)
	for _, ind := range p.Checked() {
		if ind.Rule.Kind != InStepWith {
			continue
		}
		if !ok {
			p.Diagnostics = append(p.Diagnostics, Diagnostic{Line: ind.Line, Kind: Note,
				Message: fmt.Sprintf("%s %s is set against economic growth, but the table has no GDP growth indicator", ind.ID, ind.Name)})
			continue
		}
		ind.Rule.Ref = ref
	}
}

// lineage joins the names of an indicator and the rows above it, so that a
// sub-row such as 氨氮 under 主要污染物排放量降低 measures what its parent does.
//
// The parts of a compound target (城镇新增就业 and 调查失业率 under one row)
// are named for themselves and measure different things: their lineage stops
// at their own name.
func lineage(ind *Indicator, byID map[string]*Indicator) string {
	names := []string{ind.Name}
	for p := byID[ind.Parent]; p != nil && p.Target == ""; p = byID[p.Parent] {
		names = append([]string{p.Name}, names...)
	}
	return strings.Join(names, " ")
}

// growthRef finds the plan's GDP growth indicator, the reference of
// 与经济增长同步.
func growthRef(p *Plan) (string, bool) {
	for _, ind := range p.Checked() {
		n := Normalize(ind.Name)
		if hasAny(n, "人均", "占") || ind.Rule.Kind == InStepWith {
			continue
		}
		if hasAny(n, "生产总值", "GDP", "经济增长", "经济增速") && hasAny(n, "增速", "增长", "GDP)") {
			return ind.ID, true
		}
	}
	return "", false
}
