package indicators

import (
	"strings"
	"unicode/utf8"

	"plan/input"
)

// columnsLayout reads text whose table has one row a line with its cells
// split by spaces: a yearbook page turned into text, or the output of
// pdftotext -layout. Where the lines have runs of two spaces or more, a
// run splits cells and a single space stays inside one (经济 发展); where
// they have single spaces only, each space splits.
type columnsLayout struct{}

func (columnsLayout) form() string { return "columns" }

// grids returns each run of two or more lines of several cells as a grid.
func (columnsLayout) grids(src *source) ([]grid, error) {
	if src.kind != kindText {
		return nil, nil
	}
	var grids []grid
	lines := textLines(src)
	for _, run := range columnRuns(withoutTabRuns(lines)) {
		wide := false
		for _, l := range run {
			wide = wide || wideGap().MatchString(strings.TrimSpace(l.text))
		}
		g := grid{}
		for _, l := range run {
			g.rows = append(g.rows, splitColumns(src.name, l, wide))
		}
		g.before, g.after = textAround(src, lines, run[0].n, run[len(run)-1].n)
		grids = append(grids, g)
	}
	return grids, nil
}

// wideGap matches a gap between columns laid out with spaces: two spaces
// or more, a tab, or an ideographic space.
var wideGap = lazyRegexp(`[ \t\x{3000}]{2,}|\t|\x{3000}`)

// singleGap matches any gap of spaces.
var singleGap = lazyRegexp(`[ \t\x{3000}]+`)

// maxRunGap is how many blank lines may stand between two rows of a table
// laid out in columns: pdftotext leaves one between rows set apart.
const maxRunGap = 1

// columnRuns finds the runs of lines that split into two cells or more,
// with no | (those are pipe rows), two such lines or more a run. A line of
// one cell between them (a category, 一、经济发展) belongs to the run; two
// in a row end it.
func columnRuns(lines []textLine) [][]textLine {
	var runs [][]textLine
	var cur []textLine
	blanks, singles, rows := 0, 0, 0
	brk := pageBreaks(lines)
	flush := func() {
		for len(cur) > 0 && !splits(cur[len(cur)-1].text) {
			cur = cur[:len(cur)-1] // a run ends on a row, not on a line of one cell
		}
		if rows >= 2 {
			runs = append(runs, cur)
		}
		cur, blanks, singles, rows = nil, 0, 0, 0
	}
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		switch {
		case brk[i]:
		case t == "":
			if blanks++; blanks > maxRunGap {
				flush()
			}
		case hasPipe(t):
			flush()
		case !splits(t):
			if singles++; singles > 1 || len(cur) == 0 {
				flush()
				singles = 1
			}
			if len(cur) > 0 {
				cur = append(cur, l)
			}
			blanks = 0
		default:
			cur, blanks, singles = append(cur, l), 0, 0
			rows++
		}
	}
	flush()
	return runs
}

// splits reports whether a line splits into two cells or more: whether a
// gap of any width stands inside it.
func splits(line string) bool { return strings.ContainsAny(strings.TrimSpace(line), " \t\u3000") }

// pageBreaks marks the lines of the page breaks of text laid out in
// columns: a page number (- 3 -, 第3页) or 续表 on a line of its own, a
// form feed (which pdftotext puts before a page's first line), and the
// blank lines around them. A table goes on over them.
func pageBreaks(lines []textLine) []bool {
	brk := make([]bool, len(lines))
	for i, l := range lines {
		t := strings.Join(strings.Fields(l.text), "")
		furniture := t != "" && pageFurniture().MatchString(t)
		if !furniture && !strings.Contains(l.text, "\f") {
			continue
		}
		brk[i] = furniture || t == ""
		for j := i - 1; j >= 0 && strings.TrimSpace(lines[j].text) == ""; j-- {
			brk[j] = true
		}
		for j := i + 1; j < len(lines) && strings.TrimSpace(lines[j].text) == ""; j++ {
			brk[j] = true
		}
	}
	return brk
}

// splitColumns splits a line into cells at its gaps, each cell at its column.
func splitColumns(file string, l textLine, wide bool) []cell {
	gap := singleGap()
	if wide {
		gap = wideGap()
	}
	text := l.text
	var row []cell
	start := 0
	for _, g := range append(gap.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		if field := text[start:g[0]]; strings.TrimSpace(field) != "" {
			lead := len(field) - len(strings.TrimLeft(field, " \t\u3000"))
			col := utf8.RuneCountInString(text[:start+lead]) + 1
			row = append(row, newCell(field, input.Pos{File: file, Line: l.n, Col: col}, -1))
		}
		start = g[1]
	}
	return row
}

// withoutTabRuns returns the lines with those of tables copied with tabs
// (tabsLayout) left blank: they are read there, not as columns. It finds
// the runs again rather than share them with tabsLayout, so that each
// layout stays one file that reads a source alone; finding them is one
// linear pass.
func withoutTabRuns(lines []textLine) []textLine {
	runs := tabRuns(lines)
	if len(runs) == 0 {
		return lines
	}
	out := append([]textLine(nil), lines...)
	for _, run := range runs {
		for _, l := range run {
			out[l.n-1].text = ""
		}
	}
	return out
}
