package indicators

import (
	"fmt"
	"strings"
)

// A page sets a long cell over two lines of a table (与经济增长 / 同步,
// 完成省下达 / 目标), and text copied from it, or a Word table typed with
// a line break as a new row, keeps the second line as a row of its own: a
// row with no number, no name and no category, only the rest of the cells
// above it. No row of a table is without a name, so such a row is read as
// the rest of the row above, each cell joined to the cell over it.

// maxContinued is how many lines may continue one row, a cell being then
// printed over three lines at most (完成省 / 下达 / 目标); a longer run of
// nameless lines is not one row's cells, and its lines are read as rows
// of their own (and passed over, having no name).
const maxContinued = 2

// joinContinued returns the rows of a grid's body with each continuation
// row joined to the row above, and a note for each. The columns say which
// grid columns hold numbers, names and categories, where a row is no wider
// than the header (width cells): a wider row prints a column the header
// does not head, and its cells do not stand under their header words.
// Rows are not changed in place.
func joinContinued(rows [][]cell, cols []column, width int) ([][]cell, []Diagnostic) {
	heads := headingColumns(cols)
	if len(heads) == 0 {
		return rows, nil
	}
	var out [][]cell
	var diags []Diagnostic
	continued := 0 // lines joined to the last row so far
	for _, row := range rows {
		n := len(out)
		if n == 0 || continued == maxContinued || !continuesAbove(row, heads) || !namesRow(out[n-1], cols) ||
			textWidth(row) > width || textWidth(out[n-1]) > width || !completesCells(out[n-1], row) {
			out = append(out, row)
			continued = 0
			continue
		}
		out[n-1] = joinRow(out[n-1], row)
		continued++
		first := firstText(row)
		diags = append(diags, Diagnostic{Line: first.pos.Line, Column: first.pos.Col, Sheet: first.pos.Sheet, Kind: Note,
			Message: fmt.Sprintf("a line with no number or name (%s) continues the row above: its cells joined to theirs", quoteShort(rowText(row)))})
	}
	return out, diags
}

// headingColumns are the grid columns that start a row: its number, its
// name and its category. None when the header places none of them.
func headingColumns(cols []column) []int {
	var heads []int
	for _, c := range cols {
		switch c.role {
		case roleNumber, roleName, roleSubName, roleCategory:
			switch {
			case c.implicit && c.col < 0:
				continue // a column the header leaves out, which the rows may not print either
			case c.col < 0:
				return nil // a column the grid does not show: where a row starts is not known
			}
			heads = append(heads, c.col)
		}
	}
	return heads
}

// continuesAbove reports whether a row is the rest of the row above: it
// has text, but none in a column that starts a row, and no cell there is
// merged from above (a name merged over rows heads each of them).
func continuesAbove(row []cell, heads []int) bool {
	for _, h := range heads {
		if h >= len(row) || row[h].text != "" || row[h].above {
			return false
		}
	}
	return firstText(row) != nil
}

// completesCells reports whether each cell of a line can be the rest of
// the cell above it: the cell above is empty, or the two are pieces of one
// (与经济增长 / 同步, 完成省下达 / 目标). A unit, an attribute or a number
// above is whole, and two figures are two targets: a line under 4620 | 亿元
// holding 7%以上 | % is a second row (a growth beside a level), never the
// rest of the first.
func completesCells(above, line []cell) bool {
	for _, c := range line {
		if c.text == "" || c.left || c.above || c.col >= len(above) || above[c.col].text == "" {
			continue
		}
		a := typeCell(above[c.col])
		if a.is(lookUnit|lookAttribute|lookRowNumber|lookPlaceholder) || len(scanFigures(a.text)) > 0 && len(scanFigures(c.text)) > 0 {
			return false
		}
	}
	return true
}

// namesRow reports whether a row has a name in the name column: only a
// table's row is continued, not a category line or a title.
func namesRow(row []cell, cols []column) bool {
	for _, c := range cols {
		if c.role == roleName && c.col < len(row) && row[c.col].text != "" {
			return true
		}
	}
	return false
}

// joinRow joins each cell of a continuation to the cell above it, or puts
// it in its column where the row above has none there.
func joinRow(above, cont []cell) []cell {
	row := append([]cell(nil), above...)
	for _, c := range cont {
		if c.text == "" || c.left || c.above {
			continue
		}
		for len(row) <= c.col {
			row = append(row, cell{col: len(row)})
		}
		switch {
		case row[c.col].text == "":
			row[c.col] = c
		default:
			row[c.col] = joinCells(row[c.col], c)
		}
	}
	return row
}

// firstText is a row's first cell with text of its own, or nil.
func firstText(row []cell) *cell {
	for i := range row {
		if row[i].text != "" && !row[i].left && !row[i].above {
			return &row[i]
		}
	}
	return nil
}

// rowText is a row's text for a message, its cells joined by |.
func rowText(row []cell) string {
	var parts []string
	for _, c := range row {
		if c.text != "" && !c.left && !c.above {
			parts = append(parts, c.raw)
		}
	}
	return strings.Join(parts, " | ")
}

// textWidth is how many cells a row has up to its last with text, or
// merged across from one.
func textWidth(row []cell) int {
	for i := len(row) - 1; i >= 0; i-- {
		if row[i].text != "" || row[i].left {
			return i + 1
		}
	}
	return 0
}
