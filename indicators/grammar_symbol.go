package indicators

import (
	"strconv"
	"strings"
)

// Symbol writes a rule in symbols: ≥ 6.5%, ≈ 10%, ≤ 1.68, < 0.007 人/亿元,
// 6%–6.5%, a bare 5.5% for a target, ~ GDP growth, ↓ ≈ 2.5% for a decrease, ≥ 8%、力争9% for a stretch.
// ParseTarget reads every symbol form back to the same kind, figures, unit,
// measure, relation and stretch.
func Symbol(r Rule) string {
	var b strings.Builder
	if r.Measure == Decrease {
		b.WriteString("↓ ")
	}
	switch r.Kind {
	case InStepWith:
		if r.Relation == RelAbove {
			b.WriteString("> GDP growth")
		} else {
			b.WriteString("~ GDP growth")
		}
	case External:
		if r.Relation == RelAtMost {
			b.WriteString("≤ 上级下达指标")
		} else {
			b.WriteString("= 上级下达目标")
		}
	case Qualitative:
		b.WriteString("—")
	case Range:
		b.WriteString(Figure(deref(r.Low), r.Unit) + "–" + Figure(deref(r.High), r.Unit))
	case Target:
		b.WriteString(Figure(deref(r.Value), r.Unit))
	default:
		b.WriteString(sign(r.Kind) + " " + Figure(deref(r.Value), r.Unit))
	}
	if r.Stretch != nil {
		b.WriteString("、力争" + Figure(*r.Stretch, r.Unit))
	}
	return b.String()
}

// sign is the symbol of a kind that compares with one figure.
func sign(k Kind) string {
	switch k {
	case AtLeast:
		return "≥"
	case Above:
		return ">"
	case AtMost:
		return "≤"
	case Below:
		return "<"
	case About:
		return "≈"
	}
	return "="
}

// Figure writes a number with its unit: 6.5%, 9.5万人, 0.007 人/亿元. A unit
// made of letters or a ratio is set off by a space.
func Figure(v float64, unit string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if strings.Contains(unit, "/") {
		return s + " " + unit
	}
	return s + unit
}

// deref returns *p, or 0 for nil.
func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}
