package indicators

import (
	"strings"
	"testing"

	"plan/input"
)

// show writes a grid's rows as text, one row a line, cells between " | ":
// a cell covered from above is marked ^, from the left <.
func show(rows [][]cell) string {
	var b strings.Builder
	for _, row := range rows {
		for i, c := range row {
			if i > 0 {
				b.WriteString(" | ")
			}
			if c.above {
				b.WriteString("^")
			}
			if c.left {
				b.WriteString("<")
			}
			b.WriteString(c.raw)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// showLines writes the cells around a grid, one a line.
func showLines(cells []cell) string {
	var b strings.Builder
	for _, c := range cells {
		b.WriteString(c.raw + "\n")
	}
	return b.String()
}

// checkCells checks what every grid promises: rows of one width, each
// cell's column its index, text the normalized raw, and a merged copy the
// same as the cell it copies.
func checkCells(t *testing.T, g grid) {
	t.Helper()
	for r, row := range g.rows {
		if len(row) != len(g.rows[0]) {
			t.Errorf("row %d has %d cells, row 1 has %d", r+1, len(row), len(g.rows[0]))
		}
		for c, x := range row {
			if x.col != c {
				t.Errorf("row %d: cell %d has col %d", r+1, c, x.col)
			}
			if want := newCell(x.raw, x.pos, c); x.text != want.text || x.raw != want.raw {
				t.Errorf("row %d col %d: raw %q text %q, want %q %q", r+1, c, x.raw, x.text, want.raw, want.text)
			}
			if x.above && (r == 0 || g.rows[r-1][c].pos != x.pos || g.rows[r-1][c].raw != x.raw) {
				t.Errorf("row %d col %d: covered from above, but the cell above is %q at %v", r+1, c, g.rows[r-1][c].raw, g.rows[r-1][c].pos)
			}
			if x.left && (c == 0 || row[c-1].pos != x.pos || row[c-1].raw != x.raw) {
				t.Errorf("row %d col %d: covered from the left, but the cell left is %q", r+1, c, row[c-1].raw)
			}
		}
	}
}

func TestSpanGrid(t *testing.T) {
	at := func(r, c int) input.Pos { return input.Pos{File: "t", Sheet: "s", Line: r + 1, Col: c + 1} }
	g := newSpanGrid(3, 100)
	g.put(newOrigin("A", at(0, 0), 0, 0), 0, 0, 2, 2)
	g.put(newOrigin("B", at(0, 2), 0, 2), 0, 2, 1, 1)
	if c := g.nextFree(1, 0); c != 2 {
		t.Fatalf("nextFree(1, 0) = %d, want 2", c)
	}
	g.put(newOrigin("C", at(1, 2), 1, 2), 1, 2, 1, 1)
	g.put(newOrigin("D", at(2, 1), 2, 1), 2, 1, 1, 1)
	g.put(newOrigin("X", at(1, 1), 1, 1), 1, 1, 1, 1) // already covered by A: A stays
	b := newBudget()
	rows, ok := g.cells(b, at)
	if !ok {
		t.Fatal("cells: over budget")
	}
	want := "A | <A | B\n^A | ^<A | C\n | D | \n"
	if got := show(rows); got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
	if rows[1][1].pos != at(0, 0) || rows[2][0].pos != at(2, 0) || rows[2][2].pos != at(2, 2) {
		t.Errorf("positions: covered %v, empty %v %v", rows[1][1].pos, rows[2][0].pos, rows[2][2].pos)
	}
	if b.left != maxPlaces-9 {
		t.Errorf("budget left %d, want %d", b.left, maxPlaces-9)
	}
	checkCells(t, grid{rows: rows})
}

func TestSpanGridLimit(t *testing.T) {
	g := newSpanGrid(2, 10)
	o := newOrigin("A", input.Pos{}, 0, 0)
	if !g.put(o, 0, 0, 2, 5) {
		t.Fatal("2×5 places refused with a limit of 10")
	}
	if g.put(o, 0, 5, 1, 1) {
		t.Error("2×6 places accepted with a limit of 10")
	}
	if g.put(o, 0, 0, 1, 1<<40) {
		t.Error("a huge span accepted")
	}
	b := &budget{left: 9}
	if _, ok := g.cells(b, func(int, int) input.Pos { return input.Pos{} }); ok || b.left != 9 {
		t.Errorf("10 places laid out with 9 left in the budget (left %d)", b.left)
	}
}

func TestPrinted(t *testing.T) {
	tests := []struct {
		pieces []string // "\n" alone is a line break between pieces
		want   string
	}{
		{[]string{"地区", "生产总值"}, "地区生产总值"},
		{[]string{"控制在合理区间", "\n", "(1.2%左右)"}, "控制在合理区间(1.2%左右)"},
		{[]string{"GDP", "\n", "growth"}, "GDP growth"},
		{[]string{"R&D", "\n", "经费"}, "R&D经费"},
		{[]string{"  6.5%  ", "以上 "}, "6.5% 以上"},
		{[]string{"指 标", "  名\u3000称"}, "指 标 名\u3000称"},
		{[]string{"地区生产\n   总值"}, "地区生产总值"},
		{[]string{"Gross\n  domestic"}, "Gross domestic"},
		{[]string{"\u00a0", "1", "\u00a0"}, "1"},
		{[]string{"\n", "\n", "a"}, "a"},
	}
	for _, tt := range tests {
		var p printed
		for _, s := range tt.pieces {
			if s == "\n" {
				p.sep(breakGap)
				continue
			}
			p.write(s)
		}
		if got := p.String(); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.pieces, got, tt.want)
		}
	}
}

func TestRuneCol(t *testing.T) {
	line, col := runeCol(1, 1, []byte("<td>地区"))
	if line != 1 || col != 7 {
		t.Errorf("after <td>地区: %d:%d, want 1:7", line, col)
	}
	line, col = runeCol(3, 9, []byte("x\n\n指标"))
	if line != 5 || col != 3 {
		t.Errorf("after two newlines: %d:%d, want 5:3", line, col)
	}
}
