package output

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// tableLayout draws the text tables of one header, as tablewriter draws
// them, for many reports. tablewriter's cost is per cell (its width work
// takes tens of microseconds a row, whatever the table's configuration),
// and a run over many files draws millions of rows. So tablewriter draws
// the first table (for one file that is cheapest), and before the second
// one table of this header and a row of marks, from which the layout
// learns how each line is made: a row is its cells, each padded with
// spaces to its column's width (measured by tablewriter's own width
// function), set between fixed texts (the borders and the padding); the
// header is a row; a border line is a run of one character per column, as
// wide as the column, between fixed junctions. Every later table is drawn
// by that pattern. A table with a cell tablewriter would lay out otherwise
// (a line break, a tab, a control character), or a header whose drawing
// does not follow the pattern, is drawn by tablewriter itself.
type tableLayout struct {
	header  []string
	known   map[string]int     // the widths of cells met before: names, targets and categories recur in every report
	pattern *tablePattern      // nil until learned, or when tablewriter's drawing does not follow it
	learned bool               // the pattern has been looked for
	drawn   bool               // a table has been drawn
	tbl     *tablewriter.Table // the table that draws what the pattern does not
	buf     bytes.Buffer       // what tbl draws
	out     bytes.Buffer       // what the pattern draws, reused from table to table
}

// tablePattern is how tablewriter draws a table of one header.
type tablePattern struct {
	row               linePattern // a row, and the header
	top, rule, bottom linePattern // the borders: above the header, under it, under the rows
}

// linePattern is how one line of a table is made: the text before the
// first cell, between cells, and after the last; a border fills each
// column with one character, a row with its cell.
type linePattern struct {
	seps []string
	fill []string // the character filling each column of a border; nil for a row
}

// newTableLayout starts a layout for tables with this header.
func newTableLayout(header ...string) *tableLayout {
	l := &tableLayout{header: header, known: map[string]int{}}
	l.tbl = newTable(&l.buf)
	return l
}

// write draws a table of rows, each with a cell per column of the header.
func (l *tableLayout) write(w io.Writer, rows [][]string) error {
	var p *tablePattern
	if l.drawn {
		p = l.learn()
	}
	l.drawn = true
	widths, cellWidths, ok := l.widths(rows)
	if p == nil || !ok {
		if err := l.draw(rows); err != nil {
			return err
		}
		_, err := w.Write(l.buf.Bytes())
		return err
	}
	b := &l.out
	b.Reset()
	p.top.draw(b, nil, nil, widths)
	p.row.draw(b, l.header, nil, widths)
	p.rule.draw(b, nil, nil, widths)
	for i, row := range rows {
		p.row.draw(b, row, cellWidths[i], widths)
	}
	p.bottom.draw(b, nil, nil, widths)
	_, err := w.Write(b.Bytes())
	return err
}

// draw writes one line: the cells of a row padded to the columns' widths
// (own: the cells' own widths, or nil to measure them), or a border's fill
// as wide as the columns (cells nil).
func (lp linePattern) draw(b *bytes.Buffer, cells []string, own, widths []int) {
	for i, w := range widths {
		b.WriteString(lp.seps[i])
		if cells == nil {
			for range w {
				b.WriteString(lp.fill[i])
			}
			continue
		}
		b.WriteString(cells[i])
		var cw int
		if own != nil {
			cw = own[i]
		} else {
			cw = cellWidth(cells[i])
		}
		for range w - cw {
			b.WriteByte(' ')
		}
	}
	b.WriteString(lp.seps[len(widths)])
	b.WriteByte('\n')
}

// widths are the widths of the columns, each the widest of its header and
// cells, and of each cell. It reports false for rows the layout does not
// set: a row of another length, or a cell with a control character other
// than the escape sequences that colour a status.
func (l *tableLayout) widths(rows [][]string) (widths []int, cells [][]int, ok bool) {
	widths = make([]int, len(l.header))
	for i, h := range l.header {
		widths[i] = cellWidth(h)
	}
	cells = make([][]int, len(rows))
	for r, row := range rows {
		if len(row) != len(widths) {
			return nil, nil, false
		}
		cells[r] = make([]int, len(row))
		for i, cell := range row {
			if !plainCell(cell) {
				return nil, nil, false
			}
			cells[r][i] = l.width(cell)
			widths[i] = max(widths[i], cells[r][i])
		}
	}
	return widths, cells, true
}

// maxKnownWidths is the most cell widths a layout remembers. The cells
// that recur (the plan's names, targets and categories, statuses) are a few
// hundred; figures and notes vary, and past this many the layout forgets
// them all, so that its memory does not grow with the number of files.
const maxKnownWidths = 4096

// width is a cell's width, remembered for the cells that recur.
func (l *tableLayout) width(cell string) int {
	if w, ok := l.known[cell]; ok {
		return w
	}
	w := cellWidth(cell)
	if w == len(cell) { // ASCII, or as wide as its bytes: measured as fast as looked up
		return w
	}
	if len(l.known) >= maxKnownWidths {
		clear(l.known)
	}
	l.known[cell] = w
	return w
}

// frameMark fills the cells of the row tablewriter draws to learn the
// pattern: a character that no border or padding has, so that the row's
// text splits into its cells and what stands between them.
const frameMark = "x"

// learn has tablewriter draw a table of the header and one row of marks
// as wide as the header, the first time it is called, and reads the
// pattern from it: nil when the drawing does not follow one.
func (l *tableLayout) learn() *tablePattern {
	if l.learned {
		return l.pattern
	}
	l.learned = true
	for _, h := range l.header {
		if !plainCell(h) || cellWidth(h) == 0 {
			return nil
		}
	}
	widths, _, _ := l.widths(nil)
	marks := make([]string, len(widths))
	for i, w := range widths {
		marks[i] = strings.Repeat(frameMark, w)
	}
	if err := l.draw([][]string{marks}); err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(l.buf.String(), "\n"), "\n")
	if len(lines) != 5 { // top border, header, rule, the row, bottom border
		return nil
	}
	p, ok := readPattern(lines, l.header, widths)
	if !ok {
		return nil
	}
	l.pattern = p
	return p
}

// readPattern reads the pattern of a table from the five lines of its
// drawing with one row of marks at the header's widths, and checks that
// the header is laid out as a row.
func readPattern(lines, header []string, widths []int) (*tablePattern, bool) {
	row, ok := splitRow(lines[3], widths)
	if !ok {
		return nil, false
	}
	var b bytes.Buffer
	row.draw(&b, header, nil, widths)
	if b.String() != lines[1]+"\n" {
		return nil, false
	}
	p := &tablePattern{row: row}
	for _, border := range []struct {
		line string
		into *linePattern
	}{{lines[0], &p.top}, {lines[2], &p.rule}, {lines[4], &p.bottom}} {
		if *border.into, ok = splitBorder(border.line, row, widths); !ok {
			return nil, false
		}
	}
	return p, true
}

// splitRow splits a row of marks into the text around its cells.
func splitRow(line string, widths []int) (linePattern, bool) {
	seps := make([]string, 0, len(widths)+1)
	for _, w := range widths {
		i := strings.Index(line, frameMark)
		if i < 0 || !strings.HasPrefix(line[i:], strings.Repeat(frameMark, w)) {
			return linePattern{}, false
		}
		seps = append(seps, line[:i])
		line = line[i+w*len(frameMark):]
	}
	if strings.Contains(line, frameMark) {
		return linePattern{}, false
	}
	return linePattern{seps: append(seps, line)}, true
}

// splitBorder splits a border line along the columns of a row: under each
// cell one character repeated, which fills the column at any width, and
// fixed text between. Every character of a border must be one column
// wide, as box-drawing characters are.
func splitBorder(line string, row linePattern, widths []int) (linePattern, bool) {
	if !utf8.ValidString(line) {
		return linePattern{}, false
	}
	runes := make([]string, 0, len(line))
	for _, r := range line {
		s := string(r)
		if cellWidth(s) != 1 {
			return linePattern{}, false
		}
		runes = append(runes, s)
	}
	var bp linePattern
	at := 0
	for i, w := range widths {
		sep := cellWidth(row.seps[i])
		if at+sep+w > len(runes) {
			return linePattern{}, false
		}
		bp.seps = append(bp.seps, strings.Join(runes[at:at+sep], ""))
		at += sep
		fill := runes[at]
		for _, r := range runes[at : at+w] {
			if r != fill {
				return linePattern{}, false
			}
		}
		bp.fill = append(bp.fill, fill)
		at += w
	}
	if len(runes)-at != cellWidth(row.seps[len(widths)]) {
		return linePattern{}, false
	}
	bp.seps = append(bp.seps, strings.Join(runes[at:], ""))
	return bp, true
}

// draw has the layout's tablewriter table draw rows into buf.
func (l *tableLayout) draw(rows [][]string) error {
	l.buf.Reset()
	l.tbl.Reset()
	return fillTable(l.tbl, l.header, rows)
}

// drawTable draws a table with a new tablewriter table.
func drawTable(w io.Writer, header []string, rows [][]string) error {
	return fillTable(newTable(w), header, rows)
}

// fillTable gives a tablewriter table its header and rows and draws it.
func fillTable(t *tablewriter.Table, header []string, rows [][]string) error {
	h := make([]any, len(header))
	for i, s := range header {
		h[i] = s
	}
	t.Header(h...)
	for _, row := range rows {
		cells := make([]any, len(row))
		for i, s := range row {
			cells[i] = s
		}
		if err := t.Append(cells...); err != nil {
			return err
		}
	}
	return t.Render()
}

// cellWidth is the width tablewriter gives a cell: its display width, East
// Asian ambiguous characters narrow (as newTable sets it), colour escape
// sequences not counted. Printable ASCII is one column a byte.
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return twwidth.WidthWithOptions(s, twwidth.Options{})
		}
	}
	return len(s)
}

// plainCell reports whether a cell holds no control character but the
// escape sequences that colour text (ESC [ digits and semicolons m), which
// tablewriter does not count in a width.
func plainCell(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0x1b:
			n := sgrLength(s[i:])
			if n == 0 {
				return false
			}
			i += n - 1
		case c < 0x20 || c == 0x7f:
			return false
		}
	}
	return true
}

// sgrLength is the length of the colour escape sequence at the start of s
// ("\x1b[31m"), or 0 if there is none.
func sgrLength(s string) int {
	if !strings.HasPrefix(s, "\x1b[") {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case c != ';' && (c < '0' || c > '9'):
			return 0
		}
	}
	return 0
}
