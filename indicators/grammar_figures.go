package indicators

import "strings"

// figureRules types a clause that holds figures: one part per figure, a
// range (6%-6.5%) as one part, and A和B均达100% as one part for A and one for B.
func figureRules(c string, figs []figure) []Part {
	if len(figs) == 2 && isRangeSep(c[figs[0].end:figs[1].start]) {
		return []Part{rangePart(c, figs[0], figs[1])}
	}
	fillUnits(figs)
	lead := c[:figs[0].start]
	var parts []Part
	for i, f := range figs {
		prefix := lead
		if i > 0 {
			prefix = between(c[figs[i-1].end:f.start])
		}
		next := len(c)
		if i+1 < len(figs) {
			next = figs[i+1].start
		}
		r := figureRule(prefix, c[f.end:next], f)
		if i > 0 {
			inherit(&r, parts[0].Rule, prefix)
		}
		parts = append(parts, Part{Label: label(prefix), Rule: r})
	}
	if len(parts) == 1 {
		return eachOf(lead, parts[0])
	}
	return parts
}

// figureRule types one figure by the words before and after it.
func figureRule(prefix, suffix string, f figure) Rule {
	r := Rule{Kind: Target, Value: num(f.value), Unit: f.unit}
	if m, _, ok := lastMarker(prefix); ok {
		r.Kind = m.kind
	}
	if m, ok := suffixMarker(suffix); ok {
		r.Kind = m.kind
	}
	r.Polarity = wordingPolarity(r.Kind)
	if isDecrease(prefix) {
		r.Measure = Decrease
		if r.Polarity == "" {
			r.Polarity = Higher
		}
	}
	return r
}

// inherit gives the later figures of 分别下降2.5%和2.6% the measure and, when
// they have no marker of their own, the kind of the first.
func inherit(r *Rule, first Rule, prefix string) {
	if r.Measure == Level && first.Measure == Decrease {
		r.Measure = Decrease
		if r.Polarity == "" {
			r.Polarity = Higher
		}
	}
	if _, _, ok := lastMarker(prefix); !ok && r.Kind == Target && first.Kind != About {
		r.Kind, r.Polarity = first.Kind, first.Polarity
	}
}

// rangePart types low-high (6%-6.5%, 4.5%至5%).
func rangePart(c string, lo, hi figure) Part {
	unit := hi.unit
	if unit == "" {
		unit = lo.unit
	}
	r := Rule{Kind: Range, Low: num(lo.value), High: num(hi.value), Unit: unit}
	prefix := c[:lo.start]
	if isDecrease(prefix) {
		r.Measure, r.Polarity = Decrease, Higher
	}
	return Part{Label: label(prefix), Rule: r}
}

// isRangeSep reports whether the text between two figures makes them a range.
func isRangeSep(s string) bool {
	switch s {
	case "-", "–", "—", "~", "至", "到":
		return true
	}
	return false
}

// fillUnits gives a figure printed without a unit the unit of the next
// figure that has one (6和7% is 6% and 7%).
func fillUnits(figs []figure) {
	for i := len(figs) - 2; i >= 0; i-- {
		if figs[i].unit == "" {
			figs[i].unit = figs[i+1].unit
			if isYear(figs[i]) { // 2000 and 5年 is no year 2000
				figs[i].unit = ""
			}
		}
	}
}

// eachOf splits A和B均达100% into one part for A and one for B; any other
// part is returned as it is.
func eachOf(lead string, p Part) []Part {
	if !strings.Contains(lead, "均") || !strings.Contains(p.Label, "和") {
		return []Part{p}
	}
	var parts []Part
	for _, name := range strings.Split(p.Label, "和") {
		q := p
		q.Label = name
		parts = append(parts, q)
	}
	return parts
}

// label is what the words before a figure name, without the verbs and
// markers that only say how the figure is meant (保持, 控制在, 均达).
func label(prefix string) string {
	if _, start, ok := lastMarker(prefix); ok {
		prefix = prefix[:start]
	}
	for {
		trimmed := prefix
		for _, w := range labelVerbEnds {
			trimmed = strings.TrimSuffix(trimmed, w)
		}
		for _, w := range labelLeads {
			trimmed = strings.TrimPrefix(trimmed, w)
		}
		if trimmed == prefix {
			return prefix
		}
		prefix = trimmed
	}
}

// between is the text between two figures less the marker that belongs to
// the first and the 和 that joins them (4.8%左右和4.3%左右).
func between(s string) string {
	if m, ok := suffixMarker(s); ok {
		s = s[len(m.word):]
	}
	for _, w := range joinWords {
		s = strings.TrimPrefix(s, w)
	}
	return s
}
