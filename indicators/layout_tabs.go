package indicators

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"plan/input"
)

// tabsLayout reads text whose table has one row a line with a tab between
// cells: a table copied from Excel, WPS or Word, or from a page in a
// browser. A tab is a cell's end, so an empty cell keeps its place (a row
// with no result still has its target in the target column), and a cell
// of several lines comes in quotes ("居民人均可支配\n收入增长"), as Excel
// writes it. Text laid out with tabs by hand, a varying number of them
// between cells, is columns (columnsLayout).
type tabsLayout struct{}

func (tabsLayout) form() string { return "tabs" }

// grids returns each run of tab-separated lines as a grid.
func (tabsLayout) grids(src *source) ([]grid, error) {
	if src.kind != kindText {
		return nil, nil
	}
	var grids []grid
	lines := textLines(src)
	for _, run := range tabRuns(lines) {
		g := grid{rows: tabRows(src.name, run)}
		if len(g.rows) < 2 {
			continue
		}
		g.before, g.after = textAround(src, lines, run[0].n, run[len(run)-1].n)
		grids = append(grids, g)
	}
	return grids, nil
}

// minTabShare is the share of a run's lines that must have the same number
// of tabs for the run to be a copied table: a copy puts one tab between
// each two cells of a row, so its rows agree but for a merged or a wrapped
// cell; text aligned by hand puts as many as each name's length needs.
const minTabShare = 0.6

// tabRuns finds the runs of lines with a tab that make a copied table: two
// such lines or more, a line of one cell (a category, the rest of a cell in
// quotes) among them, the same number of tabs in most. A copy has no blank
// line inside a table (an empty row is a line of tabs), so a blank line
// ends one: two tables copied one after the other are two runs.
func tabRuns(lines []textLine) [][]textLine {
	var runs [][]textLine
	var cur []textLine
	singles := 0
	flush := func() {
		for len(cur) > 0 && !strings.Contains(cur[len(cur)-1].text, "\t") {
			cur = cur[:len(cur)-1] // a run ends on a row
		}
		if evenTabs(cur) {
			runs = append(runs, cur)
		}
		cur, singles = nil, 0
	}
	for _, l := range lines {
		switch t := strings.TrimSpace(l.text); {
		case strings.Contains(l.text, "\t") && !hasPipe(t) && strings.Count(l.text, "\t") < maxTabCells: // a row with | is a pipe row
			cur, singles = append(cur, l), 0
		case strings.Contains(l.text, "\t") && !hasPipe(t):
			flush() // a line of more cells than any table's row is not one
		case len(cur) == 0:
		case t == "":
			flush()
		default:
			if singles++; singles > maxCellLines {
				flush()
				continue
			}
			cur = append(cur, l)
		}
	}
	flush()
	return runs
}

// maxTabCells bounds the cells of a row copied with tabs: a target table
// has a dozen columns at most, a wide sheet a few dozen; a line with more
// tabs is not a table's row, and reading it as one would cost time for
// nothing.
const maxTabCells = 256

// maxCellLines is how many lines without a tab may stand in a copied
// table: the lines of a cell in quotes (a name over three lines), or a
// category on a line of its own. More are the text after the table.
const maxCellLines = 3

// evenTabs reports whether a run of lines is a copied table: two rows
// with a tab or more, most with the same number of them. A row goes on
// over the lines of a cell in quotes, while a quote is open.
func evenTabs(run []textLine) bool {
	counts := map[int]int{}
	rows, most := 0, 0
	tabs, quotes := 0, 0
	for _, l := range run {
		tabs += strings.Count(l.text, "\t")
		if quotes += strings.Count(l.text, `"`); quotes%2 == 1 {
			continue // the row's cell in quotes goes on on the next line
		}
		if tabs > 0 {
			rows++
			counts[tabs]++
			most = max(most, counts[tabs])
		}
		tabs, quotes = 0, 0
	}
	return rows >= 2 && float64(most) >= minTabShare*float64(rows)
}

// tabRows splits a run into rows of cells, each at its line and column. A
// cell in quotes, as Excel writes one, may hold tabs and line breaks.
// Where the quotes are not Excel's (a name that begins with a quoted word,
// "三改一拆"面积), each line is split at its tabs as printed.
func tabRows(file string, run []textLine) [][]cell {
	text := make([]string, len(run))
	for i, l := range run {
		text[i] = l.text
	}
	if rows, ok := quotedRows(file, run, strings.Join(text, "\n")); ok {
		return rows
	}
	rows := make([][]cell, 0, len(run))
	for _, l := range run {
		var row []cell
		col := 1
		for _, field := range strings.Split(l.text, "\t") {
			row = append(row, newCell(field, input.Pos{File: file, Line: l.n, Col: col + leadRunes(field)}, len(row)))
			col += utf8.RuneCountInString(field) + 1
		}
		rows = append(rows, row)
	}
	return rows
}

// quotedRows reads a run as Excel writes tab-separated text, with cells in
// quotes; false when the quotes do not pair.
func quotedRows(file string, run []textLine, text string) ([][]cell, bool) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.FieldsPerRecord = '\t', -1 // quotes strictly as Excel writes them: "三改一拆"面积 is text, split at its tabs
	var rows [][]cell
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, true
		}
		if err != nil {
			return nil, false
		}
		row := make([]cell, len(rec))
		for i, field := range rec {
			if strings.Count(field, "\n") > maxCellLines {
				return nil, false // a quote left open takes in the rows after it
			}
			line, byteCol := r.FieldPos(i)
			at := run[min(max(line, 1), len(run))-1] // the text's k-th line is the run's k-th
			row[i] = newCell(joinCellLines(field), input.Pos{File: file, Line: at.n, Col: fieldCol(at.text, byteCol)}, i)
		}
		rows = append(rows, row)
	}
}

// joinCellLines joins the lines of a cell in quotes as a page joins a cell's
// lines: 居民人均可支配 and 收入增长 are one name.
func joinCellLines(field string) string {
	lines := strings.Split(field, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.Join(lines, "")
}

// fieldCol turns the byte column the CSV reader gives (from 1) into the rune
// column of the line.
func fieldCol(text string, byteCol int) int {
	return utf8.RuneCountInString(text[:min(len(text), max(byteCol, 1)-1)]) + 1
}

// leadRunes counts the spaces before a field's text.
func leadRunes(field string) int {
	return utf8.RuneCountInString(field) - utf8.RuneCountInString(strings.TrimLeft(field, " \u3000"))
}
