package indicators

import "strings"

// cellGrid lays out a table copied one cell a line whose header has more
// than the category, number, name and target columns (a 单位 or 属性 column,
// an actuals column): rows are cut at the row numbers and their cells put in
// the header's order. It reports false for a table the block reader reads.
func cellGrid(cells []tcell, h header) (tgrid, columns, bool) {
	end := h.end
	for end < len(cells) && isExtraColumn(cells[end].text) {
		end++
	}
	head := cells[h.start:end]
	cols, ok := headerColumns(texts(head))
	if !ok || cols.number < 0 || (cols.unit < 0 && cols.attr < 0 && len(head) == plainColumns(cols)) {
		return tgrid{}, columns{}, false
	}
	g := tgrid{line: head[0].line, rows: [][]tcell{head}}
	blocks, lead := splitBlocks(tableBody(cells[end:]))
	var category tcell
	if len(lead) > 0 {
		category = lead[len(lead)-1]
	}
	width := len(head)
	for _, b := range blocks {
		row := make([]tcell, width)
		row[cols.number] = tcell{raw: b.id, text: b.id}
		if cols.category >= 0 {
			row[cols.category], category = category, tcell{}
		}
		k := 0
		for col := range row {
			if col == cols.number || col == cols.category {
				continue
			}
			if k < len(b.cells) {
				row[col] = b.cells[k]
				k++
			}
		}
		if cols.category >= 0 && k < len(b.cells) {
			category = b.cells[len(b.cells)-1] // the next category, before the next number
		}
		g.rows = append(g.rows, row)
	}
	cols.headerRows = 1
	return g, cols, true
}

// plainColumns counts the columns of the simple layout a header has.
func plainColumns(c columns) int {
	n := 0
	for _, i := range []int{c.category, c.number, c.name, c.target} {
		if i >= 0 {
			n++
		}
	}
	return n
}

// isExtraColumn reports whether a cell heads a column after the target one.
func isExtraColumn(t string) bool {
	return strings.HasSuffix(t, "属性") || strings.HasSuffix(t, "单位") || t == "备注" || t == "说明" ||
		strings.HasSuffix(t, "实绩") || strings.HasSuffix(t, "完成情况") || strings.HasSuffix(t, "完成")
}
