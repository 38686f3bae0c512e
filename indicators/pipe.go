package indicators

import (
	"regexp"
	"strings"
)

// pipeGrids finds the runs of lines with | between cells (blank lines may
// stand between them) and reads each as a grid. A line that only holds a bracketed figure continues the target cell
// above it, as a cell broken over two lines does.
func pipeGrids(cells []cell) []grid {
	var grids []grid
	var cur *grid
	for _, c := range cells {
		if fields, ok := pipeRow(c); ok {
			if cur == nil {
				grids = append(grids, grid{line: c.line})
				cur = &grids[len(grids)-1]
			}
			if !isRule(fields) {
				cur.rows = append(cur.rows, fields)
			}
			continue
		}
		if cur != nil && strings.HasPrefix(c.text, "(") && len(cur.rows) > 0 {
			continueLast(cur.rows[len(cur.rows)-1], c)
			continue
		}
		cur = nil
	}
	for i := range grids {
		pad(grids[i].rows)
	}
	return grids
}

// pipeRow splits a line with | between cells; a line with none is no row.
func pipeRow(c cell) ([]cell, bool) {
	line := strings.TrimSpace(strings.ReplaceAll(c.raw, "｜", "|"))
	if strings.Count(line, "|") < 1 {
		return nil, false
	}
	line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	var row []cell
	for _, f := range strings.Split(line, "|") {
		raw := strings.TrimSpace(f)
		row = append(row, cell{raw: raw, text: strings.ReplaceAll(Normalize(raw), " ", ""), line: c.line})
	}
	return row, len(row) >= 2
}

// ruleCell matches the cells of a Markdown rule row (---, :--:).
var ruleCell = regexp.MustCompile(`^:?-{2,}:?$`)

// isRule reports whether a row only draws a line under the header.
func isRule(row []cell) bool {
	for _, c := range row {
		if c.text != "" && !ruleCell.MatchString(c.text) {
			return false
		}
	}
	return true
}

// continueLast appends a continuation line to the last non-empty cell of a row.
func continueLast(row []cell, c cell) {
	for i := len(row) - 1; i >= 0; i-- {
		if row[i].text != "" {
			row[i].raw += c.raw
			row[i].text += c.text
			return
		}
	}
}

// pad makes every row as long as the widest.
func pad(rows [][]cell) {
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
			r = append(r, cell{line: line})
		}
		rows[i] = r
	}
}
