package indicators

import (
	"strings"
	"unicode/utf8"

	"plan/input"
)

// pipeLayout reads text whose table has one row a line with | between the
// cells, as a table copied from a page or written in Markdown: with outer
// pipes or without, a rule row under the header, empty cells, a row broken
// over two lines, and a cell continued on a line of its own ((29左右)).
type pipeLayout struct{}

func (pipeLayout) form() string { return "rows" }

// grids returns each run of lines with | as a grid.
func (pipeLayout) grids(src *source) ([]grid, error) {
	if src.kind != kindText {
		return nil, nil
	}
	var grids []grid
	lines := textLines(src)
	for _, run := range pipeRuns(lines) {
		if g, ok := pipeGrid(src.name, run); ok {
			g.before, g.after = textAround(src, lines, run[0].n, run[len(run)-1].n)
			grids = append(grids, g)
		}
	}
	return grids, nil
}

// hasPipe reports whether a line has a cell separator, ASCII or full-width.
func hasPipe(s string) bool { return strings.Contains(s, "|") || strings.Contains(s, "｜") }

// pipeRuns finds the runs of lines with | (blank lines may stand between
// them); a bracketed line right after a row of the run continues it.
func pipeRuns(lines []textLine) [][]textLine {
	var runs [][]textLine
	open := false
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		switch {
		case hasPipe(t):
			if !open {
				runs = append(runs, nil)
				open = true
			}
			runs[len(runs)-1] = append(runs[len(runs)-1], l)
		case t == "":
		case open && hasPrefixAny(Normalize(t), "(", "（"):
			runs[len(runs)-1] = append(runs[len(runs)-1], l)
		default:
			open = false
		}
	}
	return runs
}

// pipeGrid splits a run of lines into rows. Outer pipes (| a | b |) are
// dropped when the rows have them; otherwise an empty first or last cell
// is a cell of its own.
func pipeGrid(file string, lines []textLine) (grid, bool) {
	outer := hasOuterPipes(lines)
	g := grid{}
	width := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !hasPipe(l.text) {
			if len(g.rows) > 0 {
				continueLast(g.rows[len(g.rows)-1], newCell(l.text, input.Pos{File: file, Line: l.n}, -1))
			}
			continue
		}
		row := pipeRow(file, l, outer)
		if i+1 < len(lines) && brokenRow(l.text, lines[i+1].text, outer, len(row), width) {
			row = joinBroken(row, pipeRow(file, lines[i+1], false))
			i++
		}
		switch {
		case isRuleRow(row):
		case len(g.rows) > 0 && soleBracket(row):
			continueAt(g.rows[len(g.rows)-1], row)
		default:
			width = max(width, len(row))
			g.rows = append(g.rows, row)
		}
	}
	return g, len(g.rows) > 0 && len(g.rows[0]) >= 2
}

// hasOuterPipes reports whether the rows of a run begin and end with |:
// most of them, for a line of prose with a | in it may stand among them.
func hasOuterPipes(lines []textLine) bool {
	outer, rows := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(strings.ReplaceAll(l.text, "｜", "|"))
		if !strings.Contains(t, "|") {
			continue
		}
		rows++
		if strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
			outer++
		}
	}
	return outer*2 > rows
}

// brokenRow reports whether a row goes on on the next line: with outer
// pipes, a line that does not end with one; without, a line with fewer
// cells than the rows above whose cells and the next line's make a row.
func brokenRow(line, next string, outer bool, cells, width int) bool {
	t := strings.TrimSpace(strings.ReplaceAll(line, "｜", "|"))
	n := strings.TrimSpace(strings.ReplaceAll(next, "｜", "|"))
	if !hasPipe(n) {
		return false
	}
	if outer {
		return strings.HasPrefix(t, "|") && !strings.HasSuffix(t, "|") && !strings.HasPrefix(n, "|")
	}
	nextCells := strings.Count(n, "|") + 1
	return width > 0 && cells < width && cells+nextCells-1 == width // the cell broken over the two lines is one
}

// joinBroken joins a row broken over two lines: the last cell of the first
// line and the first of the second are one cell.
func joinBroken(a, b []cell) []cell {
	if len(a) == 0 || len(b) == 0 {
		return append(a, b...)
	}
	last := joinCells(a[len(a)-1], b[0])
	out := append(a[:len(a)-1:len(a)-1], last)
	for _, c := range b[1:] {
		c.col = len(out)
		out = append(out, c)
	}
	return out
}

// pipeRow splits a line at its | marks, each cell at its column.
func pipeRow(file string, l textLine, outer bool) []cell {
	line := strings.ReplaceAll(l.text, "｜", "|")
	start := 0
	if outer {
		if i := strings.Index(line, "|"); i >= 0 && strings.TrimSpace(line[:i]) == "" {
			start = i + 1
		}
		if j := strings.LastIndex(line, "|"); j >= start && strings.TrimSpace(line[j+1:]) == "" {
			line = line[:j]
		}
	}
	var row []cell
	runes, counted := 0, 0 // the runes of line[:counted]: ｜ and | are one rune each, so columns are the text's
	for pos := start; ; {
		end := strings.Index(line[pos:], "|")
		field := line[pos:]
		if end >= 0 {
			field = line[pos : pos+end]
		}
		lead := len(field) - len(strings.TrimLeft(field, " \t\u3000"))
		runes += utf8.RuneCountInString(line[counted : pos+lead])
		counted = pos + lead
		field = lineBreakTag().ReplaceAllString(field, "") // a cell's lines in Markdown: 与经济增长<br>同步
		row = append(row, newCell(field, input.Pos{File: file, Line: l.n, Col: runes + 1}, len(row)))
		if end < 0 {
			return row
		}
		pos += end + 1
	}
}

// lineBreakTag matches the <br> a Markdown table breaks a cell's lines with.
var lineBreakTag = lazyRegexp(`(?i)<br\s*/?>`)

// ruleCell matches the cells of a Markdown rule row (---, :--:).
var ruleCell = lazyRegexp(`^:?-{2,}:?$`)

// isRuleRow reports whether a row only draws a line under the header.
func isRuleRow(row []cell) bool {
	for _, c := range row {
		if c.text != "" && !ruleCell().MatchString(c.text) {
			return false
		}
	}
	return true
}

// soleBracket reports whether a row's only cell is a bracketed figure, the
// rest of a cell above broken over two lines (控制在合理区间 / (29左右)).
func soleBracket(row []cell) bool {
	var only *cell
	for i := range row {
		if row[i].text == "" {
			continue
		}
		if only != nil {
			return false
		}
		only = &row[i]
	}
	return only != nil && hasPrefixAny(only.text, "(", "（")
}

// continueAt appends the cells of a continuation row to the cells above
// them, in the same column, or to the last one with text.
func continueAt(row, cont []cell) {
	for _, c := range cont {
		if c.text == "" {
			continue
		}
		if c.col < len(row) && row[c.col].text != "" {
			row[c.col] = joinCells(row[c.col], c)
			continue
		}
		continueLast(row, c)
	}
}

// continueLast appends a continuation to the last cell of a row with text.
func continueLast(row []cell, c cell) {
	for i := len(row) - 1; i >= 0; i-- {
		if row[i].text != "" {
			row[i] = joinCells(row[i], c)
			return
		}
	}
}
