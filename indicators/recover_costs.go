package indicators

import "strings"

// The costs of alignment, in tenths. Each says how much a reading goes
// against what a cell looks like: 0 for a cell that is what the column
// holds, a few tenths for a cell a page may well leave there (an empty
// target), tens for a cell that is something else. Their sizes only
// matter against each other: a reading that puts a name in a target column
// must lose to one that reads the row as having no target and the name as
// a row of its own, and a row number where a name should be to anything.

const (
	rowCost  cost = 2  // a row begins: of two readings otherwise equal, the one with fewer rows
	joinCost cost = 10 // two cells read as one broken over two lines
	// posCost weighs a cell standing in another column of a grid than the
	// one it is read in: pages print an unheaded category cell before a
	// row, shifting the others; the cell's look outweighs its place.
	posCost cost = 5
	// seqCost weighs a cell that continues the row numbers (the 22 after
	// row 21, before a name) read as anything else: a target of 22 would
	// have to fall just where row 22 begins.
	seqCost cost = 30
	// categoryBeforeNumberCost is the cost of a name-like cell read as the
	// category it stands where a category does: before a row's number.
	categoryBeforeNumberCost cost = 5
)

// fillCost is the cost of reading cell t in column c; seq says the cell
// continues the row numbers, and rows that the grid's columns are known.
func fillCost(c column, t typed, seq bool, rows bool) cost {
	f := lookCost(c, t, seq, rows)
	if seq && c.role != roleNumber && f < never {
		f += seqCost
	}
	if f < never && rows && c.col >= 0 && t.col >= 0 && t.col != c.col {
		f += posCost
	}
	return f
}

// lookCost is what a cell's look costs in a column.
func lookCost(c column, t typed, seq, rows bool) cost {
	if t.above && c.role != roleSubName {
		return 0 // a cell merged down from the row above: the column is the merged cell's
	}
	switch c.role {
	case roleCategory:
		switch {
		case t.is(lookBlank | lookCategory):
			return 0
		case c.implicit && c.col >= 0 && t.is(lookName|lookQualitative):
			return 10 // a category the lexicon does not know, where the grid shows an unheaded column
		case c.implicit && rows && t.is(lookName|lookQualitative):
			// A grid row with a cell more than its header has, before its
			// name: a category the header does not head. Dearer than a
			// known category, so that a row's own name is never taken.
			return 30
		case c.implicit:
			return never // a column no header names, and no grid shows, holds categories only
		case t.is(lookLabel):
			return 30
		case t.is(lookName):
			// Dearer than a row of its own with no number and no target
			// (TestCostOrder): a group's name printed before its first
			// sub-row is that row.
			return 50
		}
		return 80
	case roleNumber:
		switch {
		case seq:
			return 0
		case c.implicit && t.is(lookBlank):
			return 0
		case c.implicit && t.is(lookRowNumber) && rows:
			return 5 // a number in the first cells of a grid's row
		case c.implicit:
			return never // a column no header names holds numbers in sequence only
		case t.is(lookRowNumber):
			return 10
		case t.is(lookBlank):
			return 5
		case t.is(lookLabel):
			return 20 // 结构性指标 printed in the number column over sub-rows
		case t.is(lookCategory):
			return 40
		}
		return 90
	case roleName, roleSubName:
		switch {
		case t.is(lookBlank):
			if c.role == roleSubName {
				return 0
			}
			return 60
		case t.is(lookName):
			return 0
		case t.is(lookCategory):
			return 20
		case t.is(lookLabel):
			return 30
		case t.is(lookQualitative):
			return 50
		case t.is(lookFigure):
			return 60
		case t.is(lookUnit | lookRowNumber):
			return 80
		}
		return 100
	case roleUnit:
		switch {
		case t.is(lookUnit):
			return 0
		case t.is(lookBlank):
			return 3
		case t.is(lookPlaceholder):
			return 5
		}
		return 80
	case roleTarget:
		return targetCost(c, t)
	case roleActual:
		switch {
		case t.is(lookFigure | lookPlaceholder | lookBlank):
			return 0
		case t.is(lookQualitative):
			return 10
		case t.is(lookName):
			return 40
		case t.is(lookUnit):
			return 60
		}
		return 80
	case roleAttr:
		switch {
		case t.is(lookAttribute):
			return 0
		case t.is(lookBlank):
			return 3
		}
		return 90
	}
	if t.is(lookBlank) {
		return 0
	}
	return 10
}

// partCost weighs a figure in the part of a split column it does not fit:
// a growth (增长7%) read as a level, or a level (4620亿元) as a growth.
const partCost cost = 20

// targetCost is what a cell costs in a target column.
func targetCost(c column, t typed) cost {
	var f cost
	switch {
	case t.is(lookFigure):
		f = 0
	case t.is(lookQualitative):
		f = 10
	case t.is(lookBlank | lookPlaceholder):
		return 5
	case t.is(lookName | lookCategory):
		// Dearer than the row having no target and the name being a row of
		// its own (TestCostOrder): 化学需氧量 under a row with no target is
		// a sub-row, not that row's target.
		return 100
	case t.is(lookUnit):
		return 70
	default:
		return 90
	}
	switch {
	case c.part == partLevel && t.growth && !t.level:
		f += partCost
	case c.part == partGrowth && t.level && !t.growth:
		f += partCost
	}
	return f
}

// skipCost is the cost of a row having no cell in a column: a page drops
// an empty target or unit cell when its text is copied, prints a category
// on its group's first row only, and numbers only the main rows.
func skipCost(c column) cost {
	if c.implicit {
		return 0
	}
	switch c.role {
	case roleCategory, roleSubName:
		return 0
	case roleNumber:
		return 10
	case roleTarget:
		return 25
	case roleUnit, roleAttr:
		return 15
	case roleName:
		return never
	}
	return 10
}

// dropCost is the cost of reading a cell inside a row as nothing.
func dropCost(t typed, rows bool) cost {
	switch {
	case t.is(lookBlank):
		return 0
	case rows:
		return 40
	}
	return 60
}

// betweenCost is the cost of reading a cell as a line between rows.
func betweenCost(t typed, rows bool) cost {
	switch {
	case t.is(lookBlank):
		return 0
	case t.is(lookCategory):
		return 5
	case t.is(lookLabel):
		return 5
	}
	return 60
}

// continues reports whether cell b continues cell a, the two being one
// cell a page broke over two lines: b opens a bracket (控制在合理区间 /
// (1.2%左右)) or is only a marker (6.5% / 以上); a ends with a joining word
// (与经济增长 / 基本同步), or begins a target that only b completes.
func continues(a, b string) bool {
	switch {
	case a == "" || b == "":
		return false
	case hasPrefixAny(b, "(", "（"):
		return true
	case isOneOf(b, markerWords):
		return true
	case hasSuffixAny(a, brokenEnds...):
		return true
	}
	if !hasPrefixAny(a, qualitativeLeads...) || typeCell(cell{raw: a, text: a}).is(lookFigure) {
		return false
	}
	return typeCell(cell{raw: a + b, text: a + b}).is(lookFigure)
}

// joinCells joins a cell a page broke over two lines.
func joinCells(a, b cell) cell {
	j := a
	j.raw = strings.TrimSpace(a.raw) + strings.TrimSpace(b.raw)
	j.text = a.text + b.text
	return j
}
