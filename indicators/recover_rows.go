package indicators

import (
	"strconv"
	"strings"

	"plan/input"
)

// line is a row of a table as alignment read it, its cells given meaning:
// what it is named, numbered and targeted, and where it belongs.
type line struct {
	kind     rowKind
	cell     *typed       // a category, label or junk line: the cell
	category string       // the category its row prints, or ""
	number   int          // its printed number; 0 for none
	label    string       // a label printed in the number column (结构性指标): a sub-row
	name     string       // its name as printed, without marks, footnote and unit
	group    string       // the group's name, in a second name column's table: the sub-row's group
	sub      bool         // marked as a sub-item (#, 其中:) or merged under the number above
	note     string       // a footnote mark taken off the name
	nameUnit string       // a unit in brackets after the name
	targets  []targetCell // its target cells, by target column
	unit     string       // its 单位 cell, where that holds a unit
	attr     string       // its 属性 cell
	pos      input.Pos    // where its name stands
	dropped  []*typed     // cells read as nothing
	skipped  bool         // it has no cell in the target column: the page dropped it
	joined   bool         // its target was broken over two lines
	result   *typed       // its one figure, read as a result where it might be the target (settleLoneFigure)
	opens    *line        // the row of the group it opens: a numbered row whose group name starts here (see readLine)
}

// hasTarget reports whether the line prints a target of its own: a cell
// that is not blank, a placeholder, or merged down from above.
func (l *line) hasTarget() bool {
	for _, t := range l.targets {
		if !t.cell.is(lookBlank|lookPlaceholder) && !t.cell.above {
			return true
		}
	}
	return false
}

// targetCell is a cell of a target column, with its column.
type targetCell struct {
	cell *typed
	col  *column
}

// mergedTarget returns the target cell merged down into the line from a
// row above, if its target is one.
func (l *line) mergedTarget() (typed, bool) {
	for _, t := range l.targets {
		if t.cell.above && t.cell.text != "" {
			return *t.cell, true
		}
	}
	return typed{}, false
}

// readLines gives the rows of a table their meaning.
func readLines(rows []arow, cols []column) []line {
	lines := make([]line, 0, len(rows))
	for _, r := range rows {
		if r.kind != rowData {
			lines = append(lines, line{kind: r.kind, cell: r.cells[0], pos: r.cells[0].pos})
			continue
		}
		result := settleLoneFigure(r, cols)
		l := readLine(r, cols)
		l.result = result
		if l.opens != nil {
			lines = append(lines, *l.opens)
			l.opens = nil
		}
		lines = append(lines, l)
	}
	return lines
}

// settleLoneFigure decides the one figure of a row whose header has both a
// result and a target column (2023年实绩 | 2024年目标) and which fills only
// one of them. Where the grid shows the figure's column, that decides.
// Where it does not (one cell a line, a shifted row), a figure worded as a
// target (5%左右, 与经济增长同步) is the target, and a bare one (4.8%) is read
// as the result: the page dropped an empty cell, and which one it cannot
// say, but a result read as the target would judge this year's figures
// against one the plan never set. It returns the figure so read, for a
// guess; nil when the row needed no guess.
func settleLoneFigure(r arow, cols []column) *typed {
	for j, c := range cols {
		t := r.cells[j]
		if c.role != roleTarget || t == nil || !t.is(lookFigure) || t.above {
			continue
		}
		a := emptyResultColumn(r, cols, j)
		if a < 0 {
			continue
		}
		placed := t.col >= 0 && c.col >= 0 && cols[a].col >= 0
		switch {
		case placed && t.col == c.col:
		case placed && t.col == cols[a].col:
			r.cells[a], r.cells[j] = t, nil
		case !t.worded:
			r.cells[a], r.cells[j] = t, nil
			return t
		}
	}
	return nil
}

// emptyResultColumn is the result column beside target column j, of the
// same part, when the row fills none of them: the nearest before it, else
// the nearest after; -1 when the header has none or the row fills one.
func emptyResultColumn(r arow, cols []column, j int) int {
	found := -1
	for i, c := range cols {
		if c.role != roleActual || c.part != cols[j].part {
			continue
		}
		if r.cells[i] != nil && !r.cells[i].is(lookBlank) {
			return -1
		}
		if i < j || found < 0 {
			found = i
		}
	}
	return found
}

// readLine reads one data row.
func readLine(r arow, cols []column) line {
	l := line{kind: rowData, dropped: r.dropped}
	var name, subName typed
	for j := range cols {
		c := &cols[j]
		t := r.at(j)
		switch c.role {
		case roleCategory:
			if !t.is(lookBlank) {
				l.category = categoryName(t.raw)
			}
		case roleNumber:
			switch {
			case t.is(lookRowNumber) && !t.above:
				l.number = t.number
			case t.above && t.is(lookRowNumber):
				l.sub = true // a number merged over the rows under it: they are its sub-rows
			case !t.is(lookBlank) && !t.is(lookRowNumber):
				l.label, l.sub = t.raw, true
			}
		case roleName:
			name = t
		case roleSubName:
			subName = t
		case roleUnit:
			if t.is(lookUnit) {
				l.unit = strings.TrimSpace(t.text)
			}
		case roleTarget:
			cell := r.cells[j]
			if cell == nil {
				blank := blankTyped()
				cell = &blank
			}
			l.targets = append(l.targets, targetCell{cell: cell, col: c})
			l.skipped = l.skipped || r.cells[j] == nil
			l.joined = l.joined || r.joined[j]
		case roleAttr:
			l.attr = strings.TrimSpace(t.raw)
		}
	}
	switch {
	case subName.text == "" || subName.text == name.text:
	case name.is(lookCategory) && l.category == "":
		// 指标名称 merged over a category column and the name column: the
		// first holds the category (经济发展), not a group of sub-rows.
		l.category, name = categoryName(name.raw), subName
	case l.number > 0 && !name.above:
		// A numbered row whose group name starts here (2 | 居民人均可支配收入
		// spanning rows | 城镇 | 6.5%) is the group's row, numbered, and its
		// first sub-row.
		group := line{kind: rowData, number: l.number, category: l.category, attr: l.attr, pos: name.pos, dropped: l.dropped}
		group.name, group.note, group.nameUnit = readName(name.raw, &group)
		l.opens, l.number, l.dropped = &group, 0, nil
		l.group, name, l.sub = group.name, subName, true
	default:
		l.group, name = cleanName(name.raw), subName
		l.sub = true
	}
	l.pos = name.pos
	l.name, l.note, l.nameUnit = readName(name.raw, &l)
	return l
}

// readName takes a name apart: the marks of a sub-item (#, 其中:), a number
// printed before it (1. 地区生产总值), a footnote mark after it (注1, ①) and
// a unit in brackets (城镇新增就业(万人)).
func readName(raw string, l *line) (name, note, unit string) {
	s := strings.TrimSpace(raw)
	for _, mark := range subItemMarks {
		if rest, ok := strings.CutPrefix(s, mark); ok && strings.TrimSpace(rest) != "" {
			s, l.sub = strings.TrimSpace(rest), true
			break
		}
	}
	if m := nameNumber().FindStringSubmatch(s); m != nil {
		if n, err := strconv.Atoi(m[1] + m[2]); err == nil && l.number == 0 {
			l.number = n
		}
		s = strings.TrimSpace(s[len(m[0]):])
	}
	if m := footnoteMark().FindString(s); m != "" && m != s {
		note, s = m, strings.TrimSpace(strings.TrimSuffix(s, m))
	}
	name, unit = splitUnit(s)
	return name, note, unit
}

// cleanName is a group's name as printed, without marks.
func cleanName(raw string) string {
	var l line
	name, _, _ := readName(raw, &l)
	return name
}

// categoryName is a category as printed, without its ordinal (一、) and
// the spaces a page sets between its characters (经 济 发 展).
func categoryName(raw string) string {
	return ordinalPrefix().ReplaceAllString(strings.Join(strings.Fields(raw), ""), "")
}

// splitUnit takes a unit in brackets off a name: 城镇新增就业(万人).
func splitUnit(name string) (string, string) {
	i := strings.LastIndexAny(name, "(（")
	if i <= 0 || !hasSuffixAny(name, ")", "）") {
		return name, ""
	}
	inner := strings.TrimRight(strings.TrimLeft(name[i:], "(（"), ")）")
	if u, ok := ParseUnit(inner); !ok || inner == "" || u.Base == "" && u.Mult == 1 {
		return name, ""
	}
	return strings.TrimSpace(name[:i]), inner
}
