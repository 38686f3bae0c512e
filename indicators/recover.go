package indicators

import (
	"fmt"
	"strconv"
	"strings"

	"plan/input"
)

// table is a target table recovered from a grid: its rows as read, then
// its indicators and what the reader said of them, and where it stands.
type table struct {
	form     string
	merges   bool      // its form keeps merged cells (grid.merges)
	pos      input.Pos // where its header starts
	year     int       // the target year its header names; 0 if none
	head     string    // its header's words, which a table continued on the next page repeats
	lines    []line
	numbered bool // it numbers its rows
	inds     []Indicator
	diags    []Diagnostic
	before   []cell // the document's text before it, for the plan's title
	after    []cell // and after it, for its issuer
}

// targetYear is the year of a table's targets: the one its header names,
// else the latest its title names (表2　2024年主要预期目标 over 指标 |
// 预期目标; 2023年完成情况及2024年目标 is 2024's), else 0.
func (t *table) targetYear() int {
	if t.year != 0 {
		return t.year
	}
	year := 0
	for _, m := range yearIn().FindAllStringSubmatch(annexTitle(t.before), -1) {
		y, _ := strconv.Atoi(m[1])
		year = max(year, y)
	}
	return year
}

// continuedBy reports whether table u goes on from t: a table printed over
// pages repeats its header on each, and copied text keeps the repeats.
func (t *table) continuedBy(u table) bool {
	return t.form == u.form && t.head == u.head && t.year == u.year
}

// join takes in the rows of the table's continuation.
func (t *table) join(u table) {
	t.lines = append(t.lines, u.lines...)
	t.numbered = t.numbered || u.numbered
	t.diags = append(t.diags, u.diags...)
	t.after = u.after
}

// buildTables builds the indicators of each table, a table continued on
// the next page joined to its start first.
func buildTables(found []table) []table {
	var tables []table
	for _, t := range found {
		if n := len(tables); n > 0 && tables[n-1].continuedBy(t) {
			tables[n-1].join(t)
			continue
		}
		tables = append(tables, t)
	}
	for i := range tables {
		t := &tables[i]
		inds, diags := build(t.lines, t.numbered, t.merges)
		t.inds, t.diags, t.lines = inds, append(t.diags, diags...), nil
	}
	return tables
}

// recoverTables finds the target tables of a grid and reads them.
func recoverTables(g grid) []table {
	if g.flow {
		return flowTables(g)
	}
	return rowsTables(g, g.rows, g.before)
}

// flowTables reads the tables of a flow of cells one a line: each header
// found, and the cells after it up to the table's end.
func flowTables(g grid) []table {
	cells := make([]cell, len(g.rows))
	for i, r := range g.rows {
		cells[i] = r[0]
	}
	var tables []table
	from := 0
	for {
		h, readings, ok := flowHeader(cells, from)
		if !ok {
			return tables
		}
		end := flowEnd(cells, h.end)
		b := body{cells: typeCells(cells[h.end:end])}
		t := readTable(b, h, readings, g.form)
		t.before, t.after = append(g.before, cells[from:h.start]...), append(cells[end:], g.after...)
		tables = append(tables, t)
		from = end
	}
}

// maxLineGap is the most lines a table copied one cell a line leaves
// between two of its cells: a blank line or two between cells, a few more
// where a cell was empty. A longer gap is the page going on to other text.
const maxLineGap = 6

// flowEnd finds where a table copied one cell a line ends: at the page's
// footer or notes, a signature or a date, a sentence, a long gap, or the
// next table's header.
func flowEnd(cells []cell, from int) int {
	next := len(cells)
	if h, _, ok := flowHeader(cells, from); ok {
		next = h.start
	}
	for i := from; i < next; i++ {
		c := cells[i]
		if hasPrefixAny(c.text, tableEndWords...) || isSignature(c.text) || dateLine().MatchString(c.text) ||
			isSentence(c.text) || isTableTitle(c.text) || i > from && c.pos.Line-cells[i-1].pos.Line > maxLineGap ||
			headerRunAt(cells, i) {
			return i
		}
	}
	return next
}

// headerRunAt reports whether a table's header, of any kind, starts at
// cell i of a flow (see headsTable).
func headerRunAt(cells []cell, i int) bool {
	if i > 0 && isHeadish(cells[i-1]) {
		return false // within a run, not at its start
	}
	j := i
	for j < len(cells) && j-i < maxHeadCells && isHeadish(cells[j]) {
		j++
	}
	return j-i >= 2 && headsTable(joinHead(cells[i:j]))
}

// rowsTables reads the tables of a grid with rows: each header row found,
// and the rows after it up to the next header.
func rowsTables(g grid, rows [][]cell, before []cell) []table {
	h, readings, ok := rowsHeader(rows)
	if !ok {
		return nil
	}
	end := len(rows)
	for r := h.end; r < len(rows); r++ {
		if endsRows(rows[r]) {
			end = r
			break
		}
	}
	width := 0
	for _, row := range rows[h.start:h.end] {
		width = max(width, textWidth(row))
	}
	bodyRows, joined := joinContinued(rows[h.end:end], readings[0].cols, width)
	var b body
	b.rows = true
	for _, row := range bodyRows {
		first := true
		for _, c := range row {
			if c.left {
				continue // the cell merged across from the left has been read there
			}
			b.cells = append(b.cells, typeCell(c))
			b.start = append(b.start, first)
			first = false
		}
	}
	t := readTable(b, h, readings, g.form)
	t.merges = g.merges
	t.diags = append(t.diags, joined...)
	t.before = append(append([]cell(nil), before...), flatten(rows[:h.start])...)
	t.after = g.after
	if end < len(rows) {
		t.after = flatten(rows[end:])
		return append([]table{t}, rowsTables(g, rows[end:], nil)...)
	}
	return []table{t}
}

// endsRows reports whether a row of a grid ends the table above it: it is
// the header of another table, of any kind, or a table's title alone.
func endsRows(row []cell) bool {
	var texts []cell
	for _, c := range row {
		if c.text != "" && !c.left && !c.above {
			texts = append(texts, c)
		}
	}
	switch {
	case len(texts) == 1:
		return isTableTitle(texts[0].text)
	case len(texts) > maxHeadCells:
		return false
	}
	return headsTable(joinHead(headRow(row)))
}

// flatten returns the cells of rows that hold text, row by row.
func flatten(rows [][]cell) []cell {
	var out []cell
	for _, r := range rows {
		for _, c := range r {
			if c.text != "" && !c.left && !c.above {
				out = append(out, c)
			}
		}
	}
	return out
}

// typeCells types every cell.
func typeCells(cells []cell) []typed {
	out := make([]typed, len(cells))
	for i, c := range cells {
		out[i] = typeCell(c)
	}
	return out
}

// maxProbeCells bounds the body read to choose among the readings of a
// header: a few dozen rows show which columns a second header line splits.
const maxProbeCells = 400

// readTable aligns a body to the reading of its header that fits it best
// and builds its indicators.
func readTable(b body, h header, readings []reading, form string) table {
	best := readings[0]
	if len(readings) > 1 {
		probe := b
		if len(probe.cells) > maxProbeCells {
			probe.cells = probe.cells[:maxProbeCells]
			if probe.start != nil {
				probe.start = probe.start[:maxProbeCells]
			}
		}
		bestCost := never
		for _, r := range readings {
			if _, c := align(probe, r.cols); c < bestCost {
				best, bestCost = r, c
			}
		}
	}
	rows, _ := align(b, best.cols)
	t := table{form: form, pos: h.pos, year: headerYear(best.cols), head: describeHeader(best.cols), lines: readLines(rows, best.cols)}
	for _, c := range best.cols {
		t.numbered = t.numbered || c.role == roleNumber && !c.implicit
	}
	for _, l := range t.lines {
		t.numbered = t.numbered || l.kind == rowData && l.number > 0 && !l.sub
	}
	if best.note != "" {
		t.diags = append(t.diags, Diagnostic{Line: h.pos.Line, Column: h.pos.Col, Sheet: h.pos.Sheet, Kind: Note, Message: best.note})
	}
	if best.guess != "" {
		t.diags = append(t.diags, Diagnostic{Line: h.pos.Line, Column: h.pos.Col, Sheet: h.pos.Sheet, Kind: Guess, Message: best.guess})
	}
	return t
}

// headerYear is the year the target column's header names.
func headerYear(cols []column) int {
	for _, c := range cols {
		if c.role == roleTarget && c.year != 0 {
			return c.year
		}
	}
	return 0
}

// describeHeader writes a header's words for a message.
func describeHeader(cols []column) string {
	var words []string
	for _, c := range cols {
		if !c.implicit {
			words = append(words, c.head)
		}
	}
	return strings.Join(words, " | ")
}

// noTableError says that a document holds no target table, and what
// looked most like a header in it.
func noTableError(name string, near []cell) error {
	e := &input.Error{Pos: input.Pos{File: name}, Msg: "no target table found: looked for a header with a name column (指标名称, 指标, 项目) and a target column (2024年目标, 预期目标, 计划)"}
	if len(near) > 0 {
		var words []string
		for _, c := range near {
			words = append(words, c.raw)
		}
		e.Pos = near[0].pos
		e.Msg = fmt.Sprintf("no target table found: the nearest to a header is %s, which names no %s", strings.Join(words, " | "), missingColumns(near))
		e.Pos.File = name
	}
	e.Hint = "a table needs a name and a target column; a plan stated in sentences is not read yet"
	return e
}

// missingColumns says which of the name and target columns header cells lack.
func missingColumns(cells []cell) string {
	var name, target bool
	for _, h := range joinHead(cells) {
		name = name || h.word.role == roleName
		target = target || h.word.role == roleTarget || h.word.yearOnly
	}
	switch {
	case !name && !target:
		return "name or target column"
	case !name:
		return "name column"
	}
	return "target column"
}
