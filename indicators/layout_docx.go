package indicators

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"

	"plan/input"
)

// docxLayout reads the tables of a Word document (.docx): every w:tbl of
// word/document.xml is a grid, a table nested in a cell its own grid, with
// w:gridSpan and w:vMerge laid out; the paragraphs outside tables are the
// text around each grid. A cell's position is "table N" (N from 1 in the
// order tables start), its row and its column in the table's grid, from 1;
// a paragraph's is "paragraph N", counting every paragraph of the document.
type docxLayout struct{}

// form names the layout.
func (docxLayout) form() string { return "docx" }

// maxDocumentXML bounds the size of word/document.xml once unzipped. A plan
// with its annex is well under a megabyte of XML, and a long report with
// many tables a few; 64 MiB leaves room for any real document while no zip
// bomb can expand past it.
const maxDocumentXML = 64 << 20

// grids lays out the tables of a Word document, in the order they start.
func (docxLayout) grids(src *source) ([]grid, error) {
	if src.kind != kindDocx {
		return nil, nil
	}
	body, err := openDocumentXML(src)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	d, err := scanWord(src.name, body)
	if err != nil {
		return nil, &input.Error{Pos: input.Pos{File: src.name}, Msg: "word/document.xml cannot be read: " + err.Error(),
			Hint: "open the document in Word or WPS and save it again as .docx"}
	}
	return d.grids()
}

// openDocumentXML opens the main part of a .docx, refusing a part larger
// than maxDocumentXML.
func openDocumentXML(src *source) (io.ReadCloser, error) {
	fail := func(msg, hint string) error {
		return &input.Error{Pos: input.Pos{File: src.name}, Msg: msg, Hint: hint}
	}
	zr, err := zip.NewReader(bytes.NewReader(src.data), int64(len(src.data)))
	if err != nil {
		return nil, fail("not a readable .docx: "+err.Error(), "open the document in Word or WPS and save it again as .docx")
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		if f.UncompressedSize64 > maxDocumentXML {
			return nil, fail(fmt.Sprintf("word/document.xml unzips to %d bytes, more than the %d read", f.UncompressedSize64, maxDocumentXML),
				"copy the target table into a new document and read that")
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fail("word/document.xml cannot be unzipped: "+err.Error(), "open the document in Word or WPS and save it again as .docx")
		}
		return rc, nil
	}
	return nil, fail("a .docx without word/document.xml", "open the document in Word or WPS and save it again as .docx")
}

// The namespaces of WordprocessingML: the one Word writes (transitional)
// and the one of strict Office Open XML; and the markup-compatibility
// namespace, whose mc:Fallback repeats the content of mc:Choice.
const (
	wordNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wordNSStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	markupNS     = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// wordCell is a cell of a Word table as the document writes it.
type wordCell struct {
	text   printed
	span   int  // grid columns it covers (w:gridSpan)
	merged bool // it continues the cell above (w:vMerge other than restart)
}

// wordRow is a row of a Word table: the grid columns it leaves empty before
// its first cell (w:gridBefore), and its cells.
type wordRow struct {
	before int
	cells  []*wordCell
}

// wordTable is a table of a Word document.
type wordTable struct {
	nest
	rows []*wordRow
	cell *wordCell // the cell being read; nil between cells
}

// wordScan is a Word document being read element by element.
type wordScan struct {
	file       string
	tables     []*wordTable // in the order they start
	open       []*wordTable // the tables open, innermost last
	lines      lines        // the paragraphs outside tables
	paragraphs int          // paragraphs started, for positions
	inText     bool         // inside w:t, whose characters are text
	inTabs     bool         // inside w:tabs, whose w:tab are tab stops, not tabs
}

// scanWord reads the tables and paragraphs of word/document.xml.
func scanWord(file string, r io.Reader) (*wordScan, error) {
	s := &wordScan{file: file}
	d := xml.NewDecoder(io.LimitReader(r, maxDocumentXML))
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space == markupNS && t.Name.Local == "Fallback" {
				if err := d.Skip(); err != nil {
					return nil, err
				}
				continue
			}
			if isWord(t.Name) {
				s.start(t)
			}
		case xml.EndElement:
			if isWord(t.Name) {
				s.end(t.Name.Local)
			}
		case xml.CharData:
			if s.inText {
				s.write(string(t))
			}
		}
	}
	s.lines.end()
	for len(s.open) > 0 {
		s.closeTable()
	}
	return s, nil
}

// isWord reports whether an element is of WordprocessingML.
func isWord(n xml.Name) bool { return n.Space == wordNS || n.Space == wordNSStrict }

// top is the innermost open table, or nil.
func (s *wordScan) top() *wordTable {
	if len(s.open) == 0 {
		return nil
	}
	return s.open[len(s.open)-1]
}

// start acts on the start of a w: element.
func (s *wordScan) start(e xml.StartElement) {
	t := s.top()
	switch e.Name.Local {
	case "t":
		s.inText = true
	case "tabs":
		s.inTabs = true
	case "tab", "ptab":
		if !s.inTabs {
			s.write(" ")
		}
	case "sym":
		s.write(string(symbolRune(attr(e, "font"), attr(e, "char"))))
	case "br", "cr":
		s.lineBreak()
	case "noBreakHyphen":
		s.write("-")
	case "p":
		s.paragraphs++
		s.lineBreak()
	case "tbl":
		s.openTable()
	case "tr":
		if t != nil {
			t.cell = nil
			t.rows = append(t.rows, &wordRow{})
		}
	case "gridBefore":
		if t != nil && len(t.rows) > 0 {
			t.rows[len(t.rows)-1].before = wordVal(e, 0)
		}
	case "tc":
		s.openCell()
	case "gridSpan":
		if t != nil && t.cell != nil {
			t.cell.span = max(1, wordVal(e, 1))
		}
	case "vMerge":
		if t != nil && t.cell != nil {
			t.cell.merged = attr(e, "val") != "restart"
		}
	}
}

// end acts on the end of a w: element.
func (s *wordScan) end(name string) {
	switch name {
	case "t":
		s.inText = false
	case "tabs":
		s.inTabs = false
	case "p":
		s.lineBreak()
	case "tc":
		s.lines.end()
		if t := s.top(); t != nil {
			t.cell = nil
		}
	case "tbl":
		if len(s.open) > 0 {
			s.closeTable()
		}
	}
}

// write adds text to the document's lines and to the open cell of the
// innermost table, if there is one.
func (s *wordScan) write(text string) {
	t := s.top()
	switch {
	case t == nil:
		s.lines.write(text, s.paragraphPos(), -1)
	case t.cell != nil:
		t.cell.text.write(text)
		s.lines.write(text, s.paragraphPos(), t.id)
	default:
		s.lines.write(text, s.paragraphPos(), t.parent)
	}
}

// paragraphPos is the position of the paragraph being read.
func (s *wordScan) paragraphPos() input.Pos {
	return input.Pos{File: s.file, Sheet: "paragraph " + strconv.Itoa(s.paragraphs)}
}

// lineBreak ends a line of the document's text, and of the open cell.
func (s *wordScan) lineBreak() {
	if t := s.top(); t != nil && t.cell != nil {
		t.cell.text.sep(breakGap)
	}
	s.lines.end()
}

// openTable starts a table, nested in the open cell if there is one.
func (s *wordScan) openTable() {
	s.lineBreak()
	parent := -1
	if t := s.top(); t != nil {
		parent = t.id
	}
	t := &wordTable{nest: nest{id: len(s.tables), parent: parent, first: -1}}
	s.tables = append(s.tables, t)
	s.open = append(s.open, t)
}

// closeTable ends the innermost open table.
func (s *wordScan) closeTable() {
	t := s.top()
	s.open = s.open[:len(s.open)-1]
	t.cell, t.last, t.end = nil, len(s.lines.done), len(s.tables)
	if t.first < 0 {
		t.first = t.last
	}
	s.lineBreak()
}

// openCell starts a cell of the innermost table's last row.
func (s *wordScan) openCell() {
	s.lines.end()
	t := s.top()
	if t == nil {
		return
	}
	if len(t.rows) == 0 {
		t.rows = append(t.rows, &wordRow{})
	}
	if t.first < 0 {
		t.first = len(s.lines.done)
	}
	t.cell = &wordCell{span: 1}
	row := t.rows[len(t.rows)-1]
	row.cells = append(row.cells, t.cell)
}

// symbolRune is the character a w:sym element prints: Word writes ≥, ≤
// and the like typed from the Symbol font as a code of that font, from
// U+F000 on. A code of another font, or one not listed, is U+FFFD, so that
// a reader sees a character is there that was not read.
func symbolRune(font, char string) rune {
	code, err := strconv.ParseUint(char, 16, 32)
	if err != nil || font != "Symbol" {
		return '\uFFFD'
	}
	if r, ok := symbolFont[rune(code&0xFF)]; ok && (code < 0x100 || code&0xFF00 == 0xF000) {
		return r
	}
	return '\uFFFD'
}

// symbolFont maps codes of the Symbol font to Unicode, for the signs plan
// tables print.
var symbolFont = map[rune]rune{
	0x25: '%', 0x2B: '+', 0x2D: '−', 0x3C: '<', 0x3D: '=', 0x3E: '>', 0x7E: '~',
	0xA3: '≤', 0xB0: '°', 0xB1: '±', 0xB3: '≥', 0xB4: '×', 0xB8: '÷', 0xB9: '≠', 0xBB: '≈',
}

// attr is the value of an element's attribute of the given local name.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// Word bounds a table to 63 columns; a span or gridBefore past this many
// grid columns is a fault of the document, and is read as this many.
const maxWordColumns = 1000

// wordVal reads an element's w:val as a count of grid columns: def when
// missing or unreadable, at most maxWordColumns.
func wordVal(e xml.StartElement, def int) int {
	n, err := strconv.Atoi(attr(e, "val"))
	if err != nil || n < 0 {
		return def
	}
	return min(n, maxWordColumns)
}

// grids lays out every table that has a row, with the document's
// paragraphs around it.
func (s *wordScan) grids() ([]grid, error) {
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
		rows, ok := t.layOut(s.file, b)
		if !ok {
			return nil, errTooBig(input.Pos{File: s.file, Sheet: t.name()}, "the table")
		}
		out = append(out, grid{form: "docx", rows: rows, merges: true})
	}
	kept := make([]bool, len(s.tables))
	for i, t := range s.tables {
		kept[i] = len(t.rows) > 0
	}
	if !withText(out, kept, s.lines.done, nests, b) {
		return nil, errTooBig(input.Pos{File: s.file}, "the document's text around its tables")
	}
	return out, nil
}

// name is the table's name in positions: "table N".
func (t *wordTable) name() string { return "table " + strconv.Itoa(t.id+1) }

// layOut lays the table's cells out on its grid: each row from its
// gridBefore column on, each cell over its gridSpan columns. A cell that
// continues a vertical merge is the cell above it when one starts at the
// same column, and else a cell of its own.
func (t *wordTable) layOut(file string, b *budget) ([][]cell, bool) {
	at := func(r, c int) input.Pos { return input.Pos{File: file, Sheet: t.name(), Line: r + 1, Col: c + 1} }
	g := newSpanGrid(len(t.rows), b.left)
	for r, row := range t.rows {
		c := row.before
		for _, wc := range row.cells {
			o := g.at(r-1, c)
			if !wc.merged || o == nil || o.c.col != c {
				o = newOrigin(wc.text.String(), at(r, c), r, c)
			}
			if !g.put(o, r, c, 1, wc.span) {
				return nil, false
			}
			c += wc.span
		}
	}
	return g.cells(b, at)
}
