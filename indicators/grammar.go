package indicators

import (
	"fmt"
	"strings"
)

// Part is one checkable part of a target cell. A simple cell has one part; a
// compound cell (增长10%,占全国份额保持14.3‰左右) has one per figure.
type Part struct {
	Label string // what the part measures when the cell says so ("占全国份额"); "" otherwise
	Text  string // the clause the part was read from
	Rule  Rule
}

// ParseTarget reads a target cell into typed rules. It never fails: a cell
// with nothing to check becomes one qualitative part. The polarity of a rule
// is set only where the wording decides it (以内 → lower); the plan fills in
// the rest from the indicator's name.
func ParseTarget(cell string) []Part {
	s, asides := prepare(cell)
	if inner, outer, ok := bracketFigure(s); ok {
		parts := ParseTarget(inner)
		for i := range parts {
			parts[i].Text = s
			parts[i].Rule.Note = joinNote(joinNote(outer, parts[i].Rule.Note), strings.Join(asides, "; "))
		}
		return parts
	}
	parts, notes := readClauses(s)
	notes = append(notes, asides...)
	if len(parts) > maxCellParts {
		msg := fmt.Sprintf("the cell holds more than %d figures, more than a target does: read as text", maxCellParts)
		return []Part{{Text: s, Rule: Rule{Kind: Qualitative, Note: msg}}}
	}
	note := strings.Join(notes, "; ")
	if len(parts) == 0 {
		return []Part{{Text: s, Rule: Rule{Kind: Qualitative, Note: note}}}
	}
	for i := range parts {
		parts[i].Rule.Note = joinNote(parts[i].Rule.Note, note)
	}
	return parts
}

// maxCellParts is the most parts a target cell is read into: a compound
// target has two or three (增长10%,占全国份额14.3‰), a row of sub-targets a
// dozen; a cell with more figures is a paragraph, not a target.
const maxCellParts = 24

// readClauses reads the clauses of a prepared cell: its parts, and the
// clauses kept as notes. It stops once it has more than maxCellParts.
func readClauses(s string) (parts []Part, notes []string) {
	var pending []string // clauses with no figure that wait for the next part
	for _, c := range splitClauses(s) {
		if len(parts) > maxCellParts {
			break
		}
		ps, kind := readClause(c)
		switch kind {
		case clauseLabel:
			pending = append(pending, strings.TrimPrefix(c, "其中"))
		case clauseNote:
			notes = append(notes, c)
		case clauseStretch:
			if stretchLast(parts, ps[0].Rule, c) {
				continue
			}
			if ps[0].Rule.Value == nil && len(parts) > 0 {
				// 与经济增长基本同步,力争快于经济增长: a stretch without a figure
				// is the aim beyond the target, kept with it, not a second target.
				last := &parts[len(parts)-1].Rule
				last.Note = joinNote(last.Note, c)
				continue
			}
			fallthrough
		default:
			for i := range ps {
				ps[i].Text = c
			}
			if len(pending) > 0 {
				for i := range ps {
					ps[i].Label = strings.Join(pending, "、") + ps[i].Label
				}
				pending = nil
			}
			parts = append(parts, ps...)
		}
	}
	return parts, append(notes, pending...)
}

// clauseKind says how a clause of a cell is used.
type clauseKind int

const (
	clauseRule    clauseKind = iota // one or more typed parts
	clauseStretch                   // 力争9%: a stretch figure for the part before it
	clauseLabel                     // 其中交通投资: names the part after it
	clauseNote                      // 在实际工作中力争更好结果: kept as a note
)

// splitClauses cuts a cell at its clause marks: , ; 。 、 and 或.
func splitClauses(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case ',', ';', '；', '。', '、', '或', ':', '：':
			return true
		}
		return false
	})
	return f
}

// bracketFigure splits 控制在合理区间(1.2%左右) into the bracketed figure and
// the words outside it, when only the brackets hold a figure.
func bracketFigure(s string) (inner, outer string, ok bool) {
	open := strings.LastIndex(s, "(")
	if open < 0 || !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	inner, outer = s[open+1:len(s)-1], s[:open]
	if len(scanFigures(inner)) == 0 || len(scanFigures(outer)) > 0 {
		return "", "", false
	}
	return inner, outer, true
}

// readClause types one clause.
func readClause(c string) ([]Part, clauseKind) {
	mod, body := cutModifier(c)
	figs := scanFigures(body)
	if len(figs) > maxCellParts {
		return nil, clauseNote // a paragraph's worth of figures is no target
	}
	if len(figs) == 0 || strings.HasSuffix(body, "中") {
		if r, ok := wordRule(body); ok {
			r.Note = joinNote(mod, r.Note)
			if isStretch(mod) {
				return []Part{{Rule: r}}, clauseStretch
			}
			return []Part{{Rule: r}}, clauseRule
		}
		if mod != "" || isProse(body) || strings.HasSuffix(body, "中") {
			return nil, clauseNote
		}
		return nil, clauseLabel
	}
	parts := figureRules(body, figs)
	for i := range parts {
		parts[i].Rule.Note = joinNote(mod, parts[i].Rule.Note)
	}
	if isStretch(mod) && len(parts) == 1 && parts[0].Label == "" {
		return parts, clauseStretch
	}
	return parts, clauseRule
}

// cutModifier takes a leading 力争, 争取, 确保, 预计 or 努力 off a clause.
func cutModifier(c string) (mod, body string) {
	for _, m := range modifierWords {
		if rest, ok := strings.CutPrefix(c, m); ok {
			return m, rest
		}
	}
	return "", c
}

// isStretch reports whether a modifier asks for more than the target.
func isStretch(mod string) bool { return isOneOf(mod, stretchWords) }

// stretchLast makes r the stretch of the last part (8%、力争9%, 5%-6%、力争7%).
// A bare figure takes the direction of its stretch: at_least below a higher
// one (8%、力争9%), at_most above a lower one (5.5%、力争5% for a jobless
// rate). It reports false when there is no part to stretch.
func stretchLast(parts []Part, r Rule, clause string) bool {
	if len(parts) == 0 || r.Value == nil {
		return false
	}
	last := &parts[len(parts)-1].Rule
	if (last.Value == nil && last.Kind != Range) || last.Unit != r.Unit {
		return false
	}
	last.Stretch = r.Value
	if last.Kind == Target {
		switch {
		case *r.Value > *last.Value:
			last.Kind, last.Polarity = AtLeast, Higher
		case *r.Value < *last.Value:
			last.Kind, last.Polarity = AtMost, Lower
		}
	}
	last.Note = joinNote(last.Note, clause)
	return true
}

// isProse reports whether a clause with no figure is a statement (保持适度增长,
// 在实际工作中力争更好结果) rather than the name of what follows.
func isProse(c string) bool { return hasAny(c, proseWords...) }

// joinNote joins two notes with "; ", skipping empty ones.
func joinNote(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}
