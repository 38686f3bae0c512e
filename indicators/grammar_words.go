package indicators

import "strings"

// wordRule types a clause that holds no figure: 与经济增长基本同步,
// 完成省下达目标, 实现正增长, 与上年基本持平 and their symbol forms. It
// reports false for prose it cannot type.
func wordRule(c string) (Rule, bool) {
	switch {
	case hasAny(c, positiveGrowthWords...):
		return Rule{Kind: Above, Value: num(0), Unit: "%", Polarity: Higher, Note: c}, true
	case hasAny(c, flatWords...):
		return Rule{Kind: About, Value: num(0), Unit: "%", Note: c}, true
	}
	if rel, ok := inStep(c); ok {
		return Rule{Kind: InStepWith, Relation: rel}, true
	}
	if external(c) {
		r := Rule{Kind: External}
		if hasAny(c, quotaWords...) {
			r.Relation = RelAtMost
		}
		return r, true
	}
	return Rule{}, false
}

// inStep recognizes a target set relative to economic growth: 同步 (about as
// much) or 高于 (more), and the symbol forms "~ GDP growth", "> GDP growth".
func inStep(c string) (relation string, ok bool) {
	ref := hasAny(c, inStepRefs...)
	switch {
	case strings.HasPrefix(c, "~") || strings.HasPrefix(c, "≈"):
		return RelAbout, ref
	case strings.HasPrefix(c, ">"):
		return RelAbove, ref
	case strings.Contains(c, "同步"):
		return RelAbout, true
	case ref && hasAny(c, inStepAboveWords...):
		return RelAbove, true
	}
	return "", false
}

// external recognizes a target whose figure is set by a higher level.
func external(c string) bool {
	return hasAny(c, externalWords...)
}
