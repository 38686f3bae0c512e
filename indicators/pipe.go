package indicators

import (
	"strings"
)

// pipeGrids finds the runs of lines with | between cells (blank lines may
// stand between them) and reads each as a grid. A row whose only cell is a
// bracketed figure continues the cell above it, as a cell broken over two
// lines does; so does such a line with no | at all.
func pipeGrids(cells []tcell) []tgrid {
	var runs [][]tcell
	open := false
	for _, c := range cells {
		switch {
		case strings.Count(c.raw, "|")+strings.Count(c.raw, "｜") > 0:
			if !open {
				runs = append(runs, nil)
				open = true
			}
			runs[len(runs)-1] = append(runs[len(runs)-1], c)
		case open && strings.HasPrefix(c.text, "("):
			runs[len(runs)-1] = append(runs[len(runs)-1], c)
		default:
			open = false
		}
	}
	var grids []tgrid
	for _, run := range runs {
		if g, ok := pipeGrid(run); ok {
			grids = append(grids, g)
		}
	}
	return grids
}

// pipeGrid splits a run of lines into rows. Outer pipes (| a | b |) are
// dropped when every row has them; otherwise an empty first or last cell is
// a cell of its own.
func pipeGrid(lines []tcell) (tgrid, bool) {
	outer := true
	for _, c := range lines {
		t := strings.TrimSpace(strings.ReplaceAll(c.raw, "｜", "|"))
		if strings.Contains(t, "|") && !(strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|")) {
			outer = false
		}
	}
	g := tgrid{line: lines[0].line}
	for _, c := range lines {
		if !strings.Contains(strings.ReplaceAll(c.raw, "｜", "|"), "|") {
			if len(g.rows) > 0 {
				continueLast(g.rows[len(g.rows)-1], c)
			}
			continue
		}
		row := pipeRow(c, outer)
		switch {
		case isRule(row):
		case len(g.rows) > 0 && strings.HasPrefix(soleCell(row).text, "("):
			continueLast(g.rows[len(g.rows)-1], soleCell(row))
		default:
			g.rows = append(g.rows, row)
		}
	}
	pad(g.rows)
	return g, len(g.rows) > 0 && len(g.rows[0]) >= 2
}

// pipeRow splits a line at its | marks.
func pipeRow(c tcell, outer bool) []tcell {
	line := strings.TrimSpace(strings.ReplaceAll(c.raw, "｜", "|"))
	if outer {
		line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	}
	var row []tcell
	for _, f := range strings.Split(line, "|") {
		raw := strings.TrimSpace(f)
		row = append(row, tcell{raw: raw, text: strings.ReplaceAll(Normalize(raw), " ", ""), line: c.line})
	}
	return row
}

// ruleCell matches the cells of a Markdown rule row (---, :--:).
var ruleCell = lazyRegexp(`^:?-{2,}:?$`)

// isRule reports whether a row only draws a line under the header.
func isRule(row []tcell) bool {
	for _, c := range row {
		if c.text != "" && !ruleCell().MatchString(c.text) {
			return false
		}
	}
	return true
}

// continueLast appends a continuation line to the last non-empty cell of a row.
func continueLast(row []tcell, c tcell) {
	for i := len(row) - 1; i >= 0; i-- {
		if row[i].text != "" {
			row[i].raw += c.raw
			row[i].text += c.text
			return
		}
	}
}

// pad makes every row as long as the widest.
func pad(rows [][]tcell) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	for i, r := range rows {
		line := 0
		if len(r) > 0 {
			line = r[0].line
		}
		for len(r) < width {
			r = append(r, tcell{line: line})
		}
		rows[i] = r
	}
}
