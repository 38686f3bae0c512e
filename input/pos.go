package input

import (
	"strconv"
	"strings"
)

// Pos is a place in an input file: a line and column of a text, or a cell
// of a sheet (an .xlsx worksheet) or of a table (a .docx table, named
// "table 2"). Zero fields are unknown: a Pos with only File names the file.
type Pos struct {
	File  string // the file as the user named it
	Sheet string // the sheet or table the cell is in; "" in a text
	Line  int    // 1-based line of a text, or row of a sheet or table
	Col   int    // 1-based column: the rune column in a text, the column of a sheet or table
}

// String writes the position as file:line:column, file:line, file:sheet!B7
// or file, leaving out what is unknown.
func (p Pos) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Sheet != "" {
		b.WriteString(":" + p.Sheet)
		if p.Line > 0 {
			b.WriteString("!" + p.Cell())
		}
		return b.String()
	}
	if p.Line > 0 {
		b.WriteString(":" + strconv.Itoa(p.Line))
		if p.Col > 0 {
			b.WriteString(":" + strconv.Itoa(p.Col))
		}
	}
	return b.String()
}

// Cell writes the line and column of a sheet position as a spreadsheet
// names a cell: B7 is column 2, row 7.
func (p Pos) Cell() string {
	return ColumnName(p.Col) + strconv.Itoa(p.Line)
}

// ColumnName is the spreadsheet name of a 1-based column: A … Z, AA … .
// A column below 1 has no name.
func ColumnName(col int) string {
	var b []byte
	for ; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b)
}

// Before reports whether p comes before q in the same file: by sheet in
// the order given, then line, then column.
func (p Pos) Before(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Sheet != q.Sheet {
		return p.Sheet < q.Sheet
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}
