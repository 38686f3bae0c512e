package indicators

import (
	"strings"

	"golang.org/x/net/html"

	"plan/input"
)

// htmlLayout reads the tables of a web page as a browser saves it: every
// <table> is a grid, a table nested in a cell its own grid, with rowspan
// and colspan laid out; the page's text outside them, a line per block
// (p, div, h1–h6, li, tr, br, title …), is the text around each grid.
// Positions are the line and rune column of a cell's start tag, so that a
// page saved on one line still points at its cells.
type htmlLayout struct{}

// form names the layout.
func (htmlLayout) form() string { return "html" }

// grids lays out the tables of an HTML page, in the order they start.
func (htmlLayout) grids(src *source) ([]grid, error) {
	if src.kind != kindHTML {
		return nil, nil
	}
	return scanPage(src.name, src.text).grids()
}

// pageCell is a cell of a page's table as the page writes it.
type pageCell struct {
	text    printed
	pos     input.Pos // its start tag
	rowspan int       // rows it covers; 0: to the end of the table
	colspan int
}

// pageRow is a row of a page's table: where it starts, and its cells.
type pageRow struct {
	pos   input.Pos
	cells []*pageCell
}

// pageTable is a table of a page as the page writes it.
type pageTable struct {
	nest
	pos     input.Pos // its start tag
	rows    []*pageRow
	cell    *pageCell // the cell being read; nil between cells
	rowOpen bool      // a row is open: a cell starts in it, not in a new row
}

// pageScan is a page being read token by token.
type pageScan struct {
	file      string
	tables    []*pageTable // in the order they start
	open      []*pageTable // the tables open, innermost last
	lines     lines        // the text outside tables
	skip      int          // inside <script>, <style> or <noscript>
	sup       int          // inside <sup>
	last      string       // the text token before this one
	line, col int          // where the next token starts
}

// scanPage reads the tables and text of a page. It follows what browsers
// do with the usual faults: a cell or row left open ends at the next one,
// a cell outside a row opens one, an end tag with nothing open is passed
// over, and tables left open end with the page.
func scanPage(file, text string) *pageScan {
	s := &pageScan{file: file, line: 1, col: 1}
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		pos := input.Pos{File: file, Line: s.line, Col: s.col}
		first := s.textStart(pos, raw, tt)
		s.line, s.col = runeCol(s.line, s.col, raw)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			s.startTag(string(name), tt == html.StartTagToken, pos, z)
		case html.EndTagToken:
			name, _ := z.TagName()
			s.endTag(string(name))
		case html.TextToken:
			s.text(string(z.Text()), first)
		}
	}
	s.lines.end()
	for len(s.open) > 0 {
		s.closeTable()
	}
	return s
}

// textStart is where the text of a text token starts, past the space
// before it; the token's own position for any other token.
func (s *pageScan) textStart(pos input.Pos, raw []byte, tt html.TokenType) input.Pos {
	if tt != html.TextToken {
		return pos
	}
	i := 0
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\f') {
		i++
	}
	pos.Line, pos.Col = runeCol(pos.Line, pos.Col, raw[:i])
	return pos
}

// top is the innermost open table, or nil.
func (s *pageScan) top() *pageTable {
	if len(s.open) == 0 {
		return nil
	}
	return s.open[len(s.open)-1]
}

// startTag acts on a start tag.
func (s *pageScan) startTag(name string, opens bool, pos input.Pos, z *html.Tokenizer) {
	switch {
	case name == "script" || name == "style" || name == "noscript":
		if opens {
			s.skip++
		}
	case name == "sup":
		if opens {
			s.sup++
		}
	case name == "table":
		s.openTable(pos)
	case name == "tr":
		s.openRow(pos)
	case name == "td" || name == "th":
		rowspan, colspan := cellSpans(z)
		s.openCell(pos, rowspan, colspan)
	case isBlock(name):
		s.lineBreak()
	}
}

// endTag acts on an end tag.
func (s *pageScan) endTag(name string) {
	switch {
	case name == "script" || name == "style" || name == "noscript":
		s.skip = max(0, s.skip-1)
	case name == "sup":
		s.sup = max(0, s.sup-1)
	case name == "table":
		s.lines.end()
		if len(s.open) > 0 {
			s.closeTable()
		}
	case name == "tr":
		s.lines.end()
		if t := s.top(); t != nil {
			t.cell, t.rowOpen = nil, false
		}
	case name == "td" || name == "th":
		s.lines.end()
		if t := s.top(); t != nil {
			t.cell = nil
		}
	case isBlock(name):
		s.lineBreak()
	}
}

// text adds a text token to the page's lines and to the open cell of the
// innermost table, if there is one. Text in a table but in no cell (a
// caption, stray text) is a line of the table's parent, as browsers show
// it above the table.
func (s *pageScan) text(text string, pos input.Pos) {
	last := s.last
	s.last = text
	if s.skip > 0 || (s.sup > 0 && isFootnoteMark(text, last)) {
		return
	}
	t := s.top()
	switch {
	case t == nil:
		s.lines.write(text, pos, -1)
	case t.cell != nil:
		t.cell.text.write(text)
		s.lines.write(text, pos, t.id)
	default:
		s.lines.write(text, pos, t.parent)
	}
}

// lineBreak ends a line of the page's text, and of the open cell.
func (s *pageScan) lineBreak() {
	if t := s.top(); t != nil && t.cell != nil {
		t.cell.text.sep(breakGap)
	}
	s.lines.end()
}

// openTable starts a table, nested in the open cell if there is one.
func (s *pageScan) openTable(pos input.Pos) {
	s.lineBreak()
	parent := -1
	if t := s.top(); t != nil {
		parent = t.id
	}
	t := &pageTable{nest: nest{id: len(s.tables), parent: parent, first: -1}, pos: pos}
	s.tables = append(s.tables, t)
	s.open = append(s.open, t)
}

// closeTable ends the innermost open table; text after it in the cell
// that holds it starts a new line of that cell.
func (s *pageScan) closeTable() {
	t := s.top()
	s.open = s.open[:len(s.open)-1]
	t.cell, t.last, t.end = nil, len(s.lines.done), len(s.tables)
	if t.first < 0 {
		t.first = t.last
	}
	s.lineBreak()
}

// openRow starts a row of the innermost table, ending its open cell.
func (s *pageScan) openRow(pos input.Pos) {
	s.lines.end()
	t := s.top()
	if t == nil {
		return
	}
	t.cell = nil
	t.rows = append(t.rows, &pageRow{pos: pos})
	t.rowOpen = true
}

// openCell starts a cell of the innermost table, in a new row if none is
// open.
func (s *pageScan) openCell(pos input.Pos, rowspan, colspan int) {
	s.lines.end()
	t := s.top()
	if t == nil {
		return
	}
	if !t.rowOpen {
		t.rows = append(t.rows, &pageRow{pos: pos})
		t.rowOpen = true
	}
	if t.first < 0 {
		t.first = len(s.lines.done)
	}
	t.cell = &pageCell{pos: pos, rowspan: rowspan, colspan: colspan}
	row := t.rows[len(t.rows)-1]
	row.cells = append(row.cells, t.cell)
}

// Browsers bound the spans of a cell: colspan to 1000 and rowspan to 65534
// (HTML, "processing model" of tables); a rowspan of 0 runs to the end of
// the table. Rows past the table's last row are not laid out, so rowspan
// never adds rows.
const (
	maxColspan = 1000
	maxRowspan = 65534
)

// cellSpans reads the rowspan and colspan of a td or th tag as browsers
// do: a missing or unreadable span is 1, colspan 0 is 1.
func cellSpans(z *html.Tokenizer) (rowspan, colspan int) {
	rowspan, colspan = 1, 1
	for {
		key, val, more := z.TagAttr()
		switch string(key) {
		case "rowspan":
			if n, ok := htmlInt(string(val)); ok {
				rowspan = min(n, maxRowspan)
			}
		case "colspan":
			if n, ok := htmlInt(string(val)); ok && n > 0 {
				colspan = min(n, maxColspan)
			}
		}
		if !more {
			return rowspan, colspan
		}
	}
}

// htmlInt reads a non-negative integer as HTML does: space, an optional
// +, then digits, and anything after them ignored ("2px" is 2). Digits
// past 100000 no longer change the value, which is past every bound.
func htmlInt(s string) (int, bool) {
	s = strings.TrimLeft(s, " \t\n\r\f")
	s = strings.TrimPrefix(s, "+")
	n, digits := 0, 0
	for ; digits < len(s) && s[digits] >= '0' && s[digits] <= '9'; digits++ {
		if n <= 100000 {
			n = n*10 + int(s[digits]-'0')
		}
	}
	return n, digits > 0
}

// isFootnoteMark reports whether the text of a <sup> marks a footnote
// (指标¹, 增长6%<sup>注2</sup>, <sup>*</sup>) rather than a power of a unit
// (m<sup>2</sup>, after a letter): a footnote mark is not part of a cell.
func isFootnoteMark(text, before string) bool {
	mark := strings.TrimSpace(text)
	if mark == "" {
		return false
	}
	if b := strings.TrimRight(before, " "); b != "" && isASCIILetter(b[len(b)-1]) {
		return false
	}
	mark = strings.TrimPrefix(mark, "注")
	return strings.TrimFunc(mark, func(r rune) bool {
		return (r >= '0' && r <= '9') || (r >= '①' && r <= '⑳') || strings.ContainsRune("*#△▲()（）[]", r)
	}) == ""
}

// isBlock reports whether an element starts and ends a line of text.
func isBlock(name string) bool {
	switch name {
	case "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "title", "caption",
		"h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "blockquote", "center",
		"section", "article", "header", "footer", "nav", "aside", "main", "address",
		"figure", "figcaption", "form", "fieldset", "legend", "option",
		"thead", "tbody", "tfoot", "html", "head", "body":
		return true
	}
	return false
}

// grids lays out every table that has a row, with the page's text around
// it.
func (s *pageScan) grids() ([]grid, error) {
	b := newBudget()
	nests := make([]nest, len(s.tables))
	for i, t := range s.tables {
		nests[i] = t.nest
	}
	var out []grid
	for _, t := range s.tables {
		if len(t.rows) == 0 {
			continue
		}
		rows, err := t.layOut(b)
		if err != nil {
			return nil, err
		}
		out = append(out, grid{form: "html", rows: rows, merges: true})
	}
	kept := make([]bool, len(s.tables))
	for i, t := range s.tables {
		kept[i] = len(t.rows) > 0
	}
	if !withText(out, kept, s.lines.done, nests, b) {
		return nil, errTooBig(input.Pos{File: s.file}, "the page's text around its tables")
	}
	return out, nil
}

// layOut lays the table's cells out on a grid, each cell in the first
// place its row leaves free, over the rows and columns it spans. An empty
// place is at its row's start tag.
func (t *pageTable) layOut(b *budget) ([][]cell, error) {
	g := newSpanGrid(len(t.rows), b.left)
	for r, row := range t.rows {
		c := 0
		for _, pc := range row.cells {
			c = g.nextFree(r, c)
			rows := pc.rowspan
			if rows == 0 || rows > len(t.rows)-r {
				rows = len(t.rows) - r
			}
			if !g.put(newOrigin(pc.text.String(), pc.pos, r, c), r, c, rows, pc.colspan) {
				return nil, errTooBig(t.pos, "the table")
			}
			c += pc.colspan
		}
	}
	cells, ok := g.cells(b, func(r, _ int) input.Pos { return t.rows[r].pos })
	if !ok {
		return nil, errTooBig(t.pos, "the table")
	}
	return cells, nil
}
