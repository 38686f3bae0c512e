package indicators

import (
	"fmt"

	"plan/input"
)

// Tables in HTML pages, Word documents and workbooks merge cells: a cell
// spans rows and columns, and recovery must see it at every place it
// covers. spanGrid lays such cells out on a grid of places, each place
// pointing at the cell that covers it.

// maxPlaces bounds the places a document's grids hold in all, counting
// each place a merged cell covers and the empty places that square a
// table. A place costs about 100 bytes, so the grids of any document stay
// under about 100 MB; a plan's target table has a few thousand places, a
// statistical yearbook's largest tables a few hundred thousand. Without a
// bound, a small page whose every row has a cell with colspan 1000 would
// fill memory.
const maxPlaces = 1 << 20

// budget is what is left of maxPlaces while a document is laid out.
type budget struct{ left int }

// newBudget is the budget of one document.
func newBudget() *budget { return &budget{left: maxPlaces} }

// errTooBig says that a table takes the document past its budget: where
// the table is and what to do.
func errTooBig(pos input.Pos, what string) *input.Error {
	return &input.Error{
		Pos:  pos,
		Msg:  fmt.Sprintf("%s takes the document's tables past %d cells, counting every place a merged cell covers", what, maxPlaces),
		Hint: "a plan's target table has a few hundred rows: save the target table on its own and read that",
	}
}

// origin is a cell as the document writes it, once: its text, where it
// stands, and the row and column of the grid it starts at.
type origin struct {
	c   cell // raw, text and pos; c.col is the column it starts at
	row int  // the row it starts at
}

// newOrigin makes the origin of a cell printed at pos, starting at row r
// and column c of the grid.
func newOrigin(raw string, pos input.Pos, r, c int) *origin {
	return &origin{c: newCell(raw, pos, c), row: r}
}

// spanGrid is a table being laid out: the places of each row, each nil or
// the cell that covers it. Rows grow as cells are put; the grid never
// holds more places than limit.
type spanGrid struct {
	places [][]*origin
	width  int // the widest row
	limit  int // the most places rows × width may reach
}

// newSpanGrid starts a grid of n rows that may hold limit places.
func newSpanGrid(n, limit int) *spanGrid {
	return &spanGrid{places: make([][]*origin, n), limit: limit}
}

// at is the cell covering row r, column c, or nil.
func (g *spanGrid) at(r, c int) *origin {
	if r < 0 || r >= len(g.places) || c < 0 || c >= len(g.places[r]) {
		return nil
	}
	return g.places[r][c]
}

// nextFree is the first column from c on that no cell covers in row r.
func (g *spanGrid) nextFree(r, c int) int {
	for g.at(r, c) != nil {
		c++
	}
	return c
}

// fits reports whether a grid of rows rows and cols columns stays within
// the limit.
func (g *spanGrid) fits(rows, cols int) bool {
	return rows <= g.limit && (cols <= 1 || rows <= g.limit/cols)
}

// put lays o out over rows × cols places from row r, column c. A place
// already covered keeps its cell: overlapping spans, a fault of the
// document, do not move cells. put reports false, putting nothing, when
// the grid would pass its limit.
func (g *spanGrid) put(o *origin, r, c, rows, cols int) bool {
	if r < 0 || c < 0 || rows < 1 || cols < 1 {
		return true
	}
	n, w := max(len(g.places), r+rows), max(g.width, c+cols)
	if !g.fits(n, w) {
		return false
	}
	for len(g.places) < n {
		g.places = append(g.places, nil)
	}
	g.width = w
	for i := r; i < r+rows; i++ {
		row := g.places[i]
		if len(row) < c+cols {
			row = append(row, make([]*origin, c+cols-len(row))...)
			g.places[i] = row
		}
		for j := c; j < c+cols; j++ {
			if row[j] == nil {
				row[j] = o
			}
		}
	}
	return true
}

// cells turns the places into rows of cells, every row as wide as the
// widest: a place covered by a cell from an earlier row or column is a copy
// of that cell marked above or left, and an empty place is a cell with no
// text at the position empty gives. It takes the places from b and
// reports false, laying out nothing, when b has too few left.
func (g *spanGrid) cells(b *budget, empty func(r, c int) input.Pos) ([][]cell, bool) {
	if !g.fits(len(g.places), g.width) || len(g.places)*g.width > b.left {
		return nil, false
	}
	b.left -= len(g.places) * g.width
	rows := make([][]cell, len(g.places))
	for r, places := range g.places {
		row := make([]cell, g.width)
		for c := range row {
			var o *origin
			if c < len(places) {
				o = places[c]
			}
			if o == nil {
				row[c] = cell{pos: empty(r, c), col: c}
				continue
			}
			row[c] = o.c
			row[c].col = c
			row[c].above = r > o.row
			row[c].left = c > o.c.col
		}
		rows[r] = row
	}
	return rows, true
}
