package indicators

import (
	"strings"

	"plan/input"
)

// cellsLayout reads text copied from a web page whose table came out one
// cell a line (blank lines between cells, or none): the whole document is
// one flow of cells, and recovery finds where its table starts, where its
// rows begin and where it ends.
type cellsLayout struct{}

func (cellsLayout) form() string { return "cells" }

// grids returns the document's non-blank lines as one flow.
func (cellsLayout) grids(src *source) ([]grid, error) {
	if src.kind != kindText {
		return nil, nil
	}
	g := grid{flow: true}
	var cells []cell // one backing array for the rows of one cell each
	for _, l := range textLines(src) {
		if strings.TrimSpace(l.text) != "" {
			cells = append(cells, newCell(l.text, input.Pos{File: src.name, Line: l.n}, -1))
		}
	}
	g.rows = make([][]cell, len(cells))
	for i := range cells {
		g.rows[i] = cells[i : i+1 : i+1]
	}
	if len(g.rows) == 0 {
		return nil, nil
	}
	return []grid{g}, nil
}
