package indicators

import (
	"archive/zip"
	"bytes"
	"strings"
	"unicode"

	"plan/input"
)

// A plan document is read in two steps. A layout finds the tables of a
// document in the form it is published in (text copied one cell a line,
// rows with | between cells, columns split by spaces, an HTML page, a
// .docx, an .xlsx) and returns each as a grid of positioned cells.
// Recovery then finds the header of any grid, aligns its cells to the
// header's columns and turns its rows into indicators, whatever the form.
// A layout knows nothing of plans and recovery nothing of forms, so a new
// form is one new file.

// layout finds the grids of a document in one form.
type layout interface {
	// form names the form, as TableInfo.Form reports it: "cells", "rows",
	// "tabs", "columns", "html", "docx" or "xlsx".
	form() string
	// grids returns the grids the document holds in this form, in document
	// order; none when the document is not in this form. An error is for a
	// document in this form that cannot be read, such as a broken .docx.
	grids(src *source) ([]grid, error)
}

// docKind is what a document is, as its bytes show.
type docKind int

const (
	kindText docKind = iota // plain text, in any encoding input.Decode reads
	kindHTML                // a web page as a browser saves it
	kindDocx                // a Word document (Office Open XML)
	kindXLSX                // an Excel workbook (Office Open XML)
)

// source is a plan document as read from its file.
type source struct {
	name string        // the file as the user named it, for positions
	data []byte        // the bytes as read
	kind docKind       // what the bytes are
	text string        // text and HTML: the document decoded to UTF-8; "" for Office files
	enc  input.Decoded // how the text was decoded (its Text is not kept)
	// lines are the text's lines, for the text layouts; split once.
	lines []textLine
}

// cell is one cell of a grid: the text a layout found at a place, and
// where it stands.
type cell struct {
	raw   string    // as printed, trimmed; the lines of a cell joined
	text  string    // raw normalized (Normalize) with every space removed: what recovery reads
	pos   input.Pos // where the text stands; for a merged cell, where the merged cell starts
	col   int       // its column in a grid, from 0; -1 in a flow
	above bool      // the place is covered by a cell merged down from a row above
	left  bool      // the place is covered by a cell merged across from a column to the left
}

// newCell makes the cell of a text as printed at a place. Control
// characters are left out: a page's text has none that print, and an
// escape sequence would reach the terminal the rules are shown on.
func newCell(raw string, pos input.Pos, col int) cell {
	raw = strings.TrimSpace(strings.Map(printable, raw))
	return cell{raw: raw, text: strings.ReplaceAll(Normalize(raw), " ", ""), pos: pos, col: col}
}

// printable maps a control character to a space (a tab, a line break) or
// to nothing (an escape, a bell), and any other rune to itself.
func printable(r rune) rune {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return ' '
	case unicode.IsControl(r):
		return -1
	}
	return r
}

// grid is a table as a layout found it, or a stretch of a document that
// may hold tables: rows of cells, and the text of the document around it
// for the plan's title and issuer.
type grid struct {
	form   string   // the form of the layout that found it
	rows   [][]cell // every row, top to bottom; rows may differ in length
	flow   bool     // text copied one cell a line: each row holds one cell, and rows are not the table's rows
	merges bool     // the form keeps merged cells (a page, a .docx, an .xlsx): a blank cell is blank, not a merge lost
	before []cell   // the document's text before the grid, a line or paragraph a cell: a title, a notice
	after  []cell   // the document's text after the grid: a signature, a date
}

// sniff tells what a document is from its bytes. Office files are zip
// archives whose parts name the kind; anything else is text, and HTML when
// it has a table or says it is a page.
func sniff(data []byte, text string) docKind {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			for _, f := range zr.File {
				switch f.Name {
				case "word/document.xml":
					return kindDocx
				case "xl/workbook.xml":
					return kindXLSX
				}
			}
		}
	}
	if containsFold(text, "<table") || containsFold(text, "<html") {
		return kindHTML
	}
	return kindText
}

// containsFold reports whether s contains the ASCII word w in any case,
// looking through the whole of s without copying it.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := strings.IndexByte(s[i:], w[0])
		if j < 0 || i+j+len(w) > len(s) {
			return false
		}
		i += j
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// layouts lists the forms read. Each is tried on every document and finds
// the grids it holds in its form; recovery keeps the grids that hold a
// target table.
func layouts() []layout {
	return []layout{cellsLayout{}, pipeLayout{}, tabsLayout{}, columnsLayout{}, htmlLayout{}, docxLayout{}, xlsxLayout{}}
}

// textLine is a line of a text document.
type textLine struct {
	text string // as printed, without its line ending
	n    int    // 1-based line number
}

// textLines returns the lines of a text document, blank ones included.
func textLines(src *source) []textLine {
	if src.lines == nil {
		text := strings.TrimPrefix(src.text, "\ufeff")
		lines := strings.Split(text, "\n")
		src.lines = make([]textLine, len(lines))
		for i, l := range lines {
			src.lines[i] = textLine{text: strings.TrimSuffix(l, "\r"), n: i + 1}
		}
	}
	return src.lines
}

// maxTextLines is the most lines a text document may have: a plan with
// its annex has a few hundred; a table of a hundred thousand rows, each
// over two lines or three, fits. Reading costs memory by the line (a
// hundred thousand rows take some 400 MB), and a file with more is not a
// plan.
const maxTextLines = 300_000

// textAround returns the document's non-blank lines before line first and
// after line last (1-based), as cells: the text around a table, for the
// plan's title and issuer.
func textAround(src *source, lines []textLine, first, last int) (before, after []cell) {
	for _, l := range lines {
		if strings.TrimSpace(l.text) == "" || l.n >= first && l.n <= last {
			continue
		}
		c := newCell(l.text, input.Pos{File: src.name, Line: l.n}, -1)
		if l.n < first {
			before = append(before, c)
		} else {
			after = append(after, c)
		}
	}
	return before, after
}
