package indicators

// Alignment reads a table's body against its columns. The body is a stream
// of typed cells: one cell a line for text copied from a web page (where
// nothing marks where a row starts), or rows of cells (where a layout knows
// the rows). Each cell is read as the cell of one column of a row, as a
// line between rows (a category, a label such as 结构性指标), or as
// nothing; a row may lack the cells a page dropped (an empty target, an
// absent unit, a category printed only on its group's first row). A
// dynamic program finds the reading of the whole stream with the least
// cost (recover_costs.go), in time the cells times the square of the
// columns (a header has at most maxHeadCells).

// cost is the weight of evidence against a reading, in tenths; alignment
// picks the reading with the least.
type cost int32

// never is the cost of a reading that cannot be.
const never cost = 1 << 28

// body is a table's cells as alignment reads them.
type body struct {
	cells []typed
	start []bool // in a grid with rows: the cell begins a row of the grid
	rows  bool   // the layout knows the rows: a table row is a grid row
}

// rowKind says what a row of the alignment is.
type rowKind int

const (
	rowData     rowKind = iota // a row of the table
	rowCategory                // a category on a line of its own: 经济发展, 一、社会民生
	rowLabel                   // a label heading the rows below: 结构性指标, 其中:
	rowJunk                    // a cell read as nothing: a stray note
)

// arow is a row of a table as alignment read it. Its cells point into the
// body, so that a long table is held once.
type arow struct {
	kind    rowKind
	cells   []*typed // a data row: its cell in each column, nil where it has none; else the one cell
	joined  []bool   // a data row: the columns filled by a cell the page broke over two lines
	dropped []*typed // a data row: cells read as nothing
}

// blankTyped is the cell of a column a row has none in.
func blankTyped() typed { return typed{cell: cell{col: -1}, looks: lookBlank} }

// at is the row's cell in column j, or a blank cell.
func (r arow) at(j int) typed {
	if c := r.cells[j]; c != nil {
		return *c
	}
	return blankTyped()
}

// step is how alignment came to a state: by which move, from which state.
type step struct {
	from  int16 // the state before: 0 between rows, else 1 + the last column filled
	move  uint8
	cells uint8 // cells the move took
	col   int16 // the column filled
}

// The moves of alignment.
const (
	moveFill    uint8 = iota + 1 // a cell (or two joined) fills a column
	moveEnd                      // the row ends
	moveDrop                     // a cell inside a row is read as nothing
	moveBetween                  // a cell between rows: category, label, blank or junk
)

// align reads a body against columns and returns its rows, with the cost
// of that reading.
func align(b body, cols []column) ([]arow, cost) {
	k := len(cols)
	n := len(b.cells)
	table := newCostTable(b, cols)
	states := k + 1
	dp := make([]cost, (n+1)*states)
	back := make([]step, (n+1)*states)
	for i := range dp {
		dp[i] = never
	}
	dp[0] = 0
	name := nameColumn(cols)
	relax := func(i, s int, c cost, st step) {
		if c < dp[i*states+s] {
			dp[i*states+s], back[i*states+s] = c, st
		}
	}
	for i := 0; i <= n; i++ {
		// Rows end before anything else happens at cell i, so that a cell
		// starting the next row sees every way the last one ended.
		for s := name + 1; s < states; s++ {
			if d := dp[i*states+s]; d < never {
				relax(i, 0, d+table.skip(s, k), step{from: int16(s), move: moveEnd})
			}
		}
		if i == n {
			break
		}
		for s := 0; s < states; s++ {
			d := dp[i*states+s]
			if d >= never {
				continue
			}
			table.moves(i, s, func(to, took int, c cost, st step) { relax(i+took, to, d+c, st) })
		}
	}
	return table.readBack(back, n), dp[n*states]
}

// nameColumn is the index of the name column; every data row has a name.
func nameColumn(cols []column) int {
	for i, c := range cols {
		if c.role == roleName {
			return i
		}
	}
	return 0
}

// costTable holds what alignment needs to know of each cell and column.
type costTable struct {
	b    body
	cols []column
	fill []cost // fill[i*k+j]: cell i in column j
	// rowStart says a row of the table may start at a cell: in a grid, at
	// the first cell of a row with text, blank cells before it being read
	// as nothing.
	rowStart []bool
	join     []cost // join[i*k+j]: cells i and i+1 joined in column j; never where they do not join
	skip     func(from, to int) cost
}

// newCostTable computes the cost of each cell in each column.
func newCostTable(b body, cols []column) *costTable {
	k, n := len(cols), len(b.cells)
	t := &costTable{b: b, cols: cols, fill: make([]cost, n*k), join: make([]cost, n*k)}
	seq := sequence(b)
	t.rowStart = make([]bool, n)
	blankSoFar := false
	for i, c := range b.cells {
		if b.start != nil && b.start[i] {
			blankSoFar = true
		}
		t.rowStart[i] = blankSoFar
		blankSoFar = blankSoFar && c.is(lookBlank)
	}
	for i, c := range b.cells {
		for j, col := range cols {
			t.fill[i*k+j] = fillCost(col, c, seq[i], b.rows)
			t.join[i*k+j] = never
			if col.role == roleCategory && !col.implicit && i+1 < n && seq[i+1] && c.is(lookName|lookQualitative) && (i == 0 || !b.cells[i-1].is(lookName)) {
				// A name the lexicon does not know as a category (开放合作),
				// in the category column between a row's target and the
				// next row's number, is the next row's category. After
				// another name it is a sub-row with no target (氮氧化物
				// under 主要污染物排放量降低), before the next row.
				t.fill[i*k+j] = categoryBeforeNumberCost
			}
		}
		if !b.rows && i+1 < n && continues(c.text, b.cells[i+1].text) {
			joined := typeCell(joinCells(c.cell, b.cells[i+1].cell))
			for j, col := range cols {
				if f := fillCost(col, joined, false, false); f < never {
					t.join[i*k+j] = f + joinCost
				}
			}
		}
	}
	prefix := make([]cost, k+1)
	for j, col := range cols {
		prefix[j+1] = prefix[j] + skipCost(col)
	}
	name := nameColumn(cols)
	// skip is the cost of a row having no cell in columns a to b-1; a row
	// with no name is no row.
	t.skip = func(a, b int) cost {
		if a <= name && name < b {
			return never
		}
		return prefix[b] - prefix[a]
	}
	return t
}

// moves calls do for each move from state s at cell i.
func (t *costTable) moves(i, s int, do func(to, took int, c cost, st step)) {
	k := len(t.cols)
	c := t.b.cells[i]
	if s > 0 && t.b.start != nil && t.b.start[i] {
		return // a grid row begins here: the row before must have ended
	}
	if s == 0 {
		do(0, 1, betweenCost(c, t.b.rows), step{from: 0, move: moveBetween, cells: 1})
		if t.b.rows && !t.rowStart[i] {
			return // in a grid, a row starts only where the grid's row does
		}
	} else {
		do(s, 1, dropCost(c, t.b.rows), step{from: int16(s), move: moveDrop, cells: 1})
	}
	for j := s; j < k; j++ { // s is 1 + the last column filled: the next may be any after it
		skip := t.skip(s, j)
		if skip >= never {
			break
		}
		start := cost(0)
		if s == 0 {
			start = rowCost
		}
		if f := t.fill[i*k+j]; f < never {
			do(j+1, 1, start+skip+f, step{from: int16(s), move: moveFill, cells: 1, col: int16(j)})
		}
		if f := t.join[i*k+j]; f < never && i+1 < len(t.b.cells) {
			do(j+1, 2, start+skip+f, step{from: int16(s), move: moveFill, cells: 2, col: int16(j)})
		}
	}
}

// readBack follows the steps back from the end and returns the rows read.
func (t *costTable) readBack(back []step, n int) []arow {
	k := len(t.cols)
	states := k + 1
	var moves []struct {
		i  int
		st step
	}
	for i, s := n, 0; i > 0 || s != 0; {
		st := back[i*states+s]
		moves = append(moves, struct {
			i  int
			st step
		}{i, st})
		if st.move != moveEnd {
			i -= int(st.cells)
		}
		s = int(st.from)
	}
	var rows []arow
	var cur *arow
	for m := len(moves) - 1; m >= 0; m-- {
		i, st := moves[m].i, moves[m].st
		first := i - int(st.cells)
		switch st.move {
		case moveBetween:
			if r, ok := betweenRow(&t.b.cells[first]); ok {
				rows = append(rows, r)
			}
		case moveFill:
			if st.from == 0 {
				rows = append(rows, newDataRow(k))
				cur = &rows[len(rows)-1]
			}
			c := &t.b.cells[first]
			if st.cells == 2 {
				joined := typeCell(joinCells(c.cell, t.b.cells[first+1].cell))
				c = &joined
				cur.joined[st.col] = true
			}
			cur.cells[st.col] = c
		case moveDrop:
			if c := &t.b.cells[first]; !c.is(lookBlank) {
				cur.dropped = append(cur.dropped, c)
			}
		case moveEnd:
			cur = nil
		}
	}
	return rows
}

// newDataRow is a data row of k columns with no cells yet.
func newDataRow(k int) arow {
	return arow{kind: rowData, cells: make([]*typed, k), joined: make([]bool, k)}
}

// betweenRow reads a cell between rows: a category, a label or junk; blank
// cells are no row at all.
func betweenRow(c *typed) (arow, bool) {
	switch {
	case c.is(lookBlank):
		return arow{}, false
	case c.is(lookCategory):
		return arow{kind: rowCategory, cells: []*typed{c}}, true
	case c.is(lookLabel):
		return arow{kind: rowLabel, cells: []*typed{c}}, true
	}
	return arow{kind: rowJunk, cells: []*typed{c}}, true
}

// sequence marks the cells that continue the row numbers 1, 2, 3 … in a
// flow: the next number, before a name or a category. A bare figure that
// happens to be the next whole number stands after a name, not before one.
func sequence(b body) []bool {
	seq := make([]bool, len(b.cells))
	if b.rows {
		return seq
	}
	next := 1
	for i, c := range b.cells {
		if c.is(lookRowNumber) && c.number == next && i+1 < len(b.cells) && b.cells[i+1].is(lookName|lookCategory) {
			seq[i] = true
			next++
		}
	}
	return seq
}
