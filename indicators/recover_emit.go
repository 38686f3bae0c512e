package indicators

import (
	"fmt"
	"slices"
	"strings"

	"plan/input"
)

// row adds the indicator of a line with its target cells (none: the row
// has no target). note is said of each rule it gets. A cell with several
// targets (增长10%,占全国份额14.3‰), or a row with a level and a growth
// target in two columns, becomes a group with one indicator per part.
func (b *builder) row(id, parent string, l *line, targets []targetCell, note string) {
	note = joinNote(note, l.note)
	var cells []targetCell
	for _, t := range targets {
		if !t.cell.is(lookBlank | lookPlaceholder) {
			cells = append(cells, t)
		}
	}
	ind := Indicator{ID: id, Name: l.name, Parent: parent, Attribute: l.attr}
	switch len(cells) {
	case 0:
		b.noTarget(ind, l, note)
	case 1:
		b.targeted(ind, l, cells[0], note)
	default:
		b.group(id, parent, l)
		for _, t := range cells {
			part := ind
			part.ID, part.Parent = b.childID(id, nil), id
			if t.col.part == partGrowth && !hasSuffixAny(l.name, growthHeadWords...) {
				part.Name = l.name + growthWord(t.col)
			}
			b.targeted(part, l, t, note)
		}
	}
}

// growthWord is the word a growth column's header calls its figures: 增速,
// 增长, 增幅.
func growthWord(c *column) string {
	for _, w := range growthHeadWords {
		if strings.Contains(c.head, w) {
			return w
		}
	}
	return growthHeadWords[0]
}

// noTarget adds an indicator whose row has no target: a qualitative rule
// with nothing to check, and a note saying so.
func (b *builder) noTarget(ind Indicator, l *line, note string) {
	ind.Unit = l.rowUnit()
	ind.Rule = &Rule{Kind: Qualitative, Unit: ind.Unit, Note: note}
	b.add(ind, l.pos)
	if l.result != nil {
		b.guess(l.result.pos, fmt.Sprintf("row %s (%s) prints one figure, %s, where the header has a result and a target column: read as the result, and the row as having no target", ind.ID, l.name, strings.TrimSpace(l.result.raw)))
		return
	}
	how := "has no target"
	if l.skipped {
		how = "has no target cell (the page printed it empty)"
	}
	b.note(l.pos, fmt.Sprintf("row %s (%s) %s: read as qualitative, with nothing to check", ind.ID, l.name, how))
}

// targeted adds an indicator with the rule of one target cell; a cell
// with several targets makes it a group with one indicator per part.
func (b *builder) targeted(ind Indicator, l *line, t targetCell, note string) {
	pos := t.cell.pos
	if _, seen := b.targetOf[pos]; !seen && !t.cell.above {
		b.targetOf[pos] = ind.ID
	}
	ind.Target = strings.TrimSpace(t.cell.raw)
	ind.Unit = l.unitFor(Part{}, t.col)
	parts := t.cell.parts
	if parts == nil {
		parts = ParseTarget(ind.Target)
	}
	parts = slices.Clone(parts)
	guessed := false // a figure read in %: said once for the cell
	for i := range parts {
		r := &parts[i].Rule
		if r.Unit == "" && (r.Value != nil || r.Low != nil) {
			r.Unit = l.unitFor(parts[i], t.col)
		}
		r.Unit = withBase(r.Unit, l.rowUnit())
		if r.Unit == "" && (r.Value != nil || r.Low != nil) && hasSuffixAny(Normalize(l.name), growthNameEnds...) {
			r.Unit, ind.Unit = Percent, Percent
			guessed = true
		}
		r.Note = joinNote(r.Note, note)
		if r.Kind == Qualitative && r.Unit == "" {
			r.Unit = l.rowUnit()
		}
	}
	if guessed {
		b.guess(pos, fmt.Sprintf("row %s (%s) prints its figure %s with no unit: read in %%, as the growth its name says", ind.ID, l.name, quoteShort(ind.Target)))
	}
	if len(parts) == 1 {
		rule := parts[0].Rule
		ind.Rule = &rule
		b.add(ind, pos)
		b.checkTyped(pos, parts[0])
		return
	}
	b.add(ind, pos)
	for k, p := range parts {
		rule := p.Rule
		b.add(Indicator{ID: b.childID(ind.ID, nil), Name: partName(ind.Name, p.Label, k+1), Parent: ind.ID,
			Target: p.Text, Unit: ind.Unit, Attribute: ind.Attribute, Rule: &rule}, pos)
		b.checkTyped(pos, p)
	}
}

// checkTyped notes a target that has nothing to check.
func (b *builder) checkTyped(pos input.Pos, p Part) {
	if p.Rule.Kind == Qualitative && p.Text != "" {
		b.note(pos, fmt.Sprintf("target %s has no figure to check: read as qualitative", quoteShort(p.Text)))
	}
}

// unitFor is the unit of a figure its cell prints without one: a growth
// (增长8) is in percent; otherwise the row's 单位 cell, a unit in brackets
// after its name, or the unit its column's header gives.
func (l *line) unitFor(p Part, c *column) string {
	if hasPrefixAny(p.Label, growthLabels...) || c.part == partGrowth {
		if c.unit != "" {
			return c.unit
		}
		return Percent
	}
	if u := l.rowUnit(); u != "" {
		return u
	}
	return c.unit
}

// withBase completes a figure's unit that is a multiplier alone (2.8万)
// with the base of the row's unit of the same multiplier (万人): the cell
// abbreviates the unit its row prints in full.
func withBase(own, row string) string {
	o, ok := ParseUnit(own)
	if !ok || own == "" || o.Base != "" {
		return own
	}
	if r, ok := ParseUnit(row); ok && r.Base != "" && r.Mult == o.Mult {
		return row
	}
	return own
}

// rowUnit is the unit a row gives its figures: its 单位 cell, or a unit in
// brackets after its name.
func (l *line) rowUnit() string {
	if l.unit != "" {
		return l.unit
	}
	return l.nameUnit
}

// partName names one part of a compound target: the part's own label when
// it names a thing (功能区达标率), else the row's name with it (外贸出口总额增长).
func partName(row, label string, k int) string {
	switch {
	case label == "":
		return fmt.Sprintf("%s (%d)", row, k)
	case hasPrefixAny(label, partOfRowLabels...):
		return row + label
	}
	return label
}
