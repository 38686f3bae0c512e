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

// Before reports whether p comes before q: by file, then by sheet with
// the numbers in their names read as numbers (table 2 before table 10),
// then line, then column.
func (p Pos) Before(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Sheet != q.Sheet {
		return naturalLess(p.Sheet, q.Sheet)
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// naturalLess orders names as people number them: runs of digits by their
// value (table 2 before table 10), everything else byte by byte.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

// digitRun is the length of the run of ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
