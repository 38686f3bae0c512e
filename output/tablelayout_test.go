package output

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// cellPieces are the kinds of text the cells of a report hold: Chinese
// names, figures and units, symbols East Asian tables draw wide (≥ ‰ ～),
// full-width and emoji text, spaces at the edges, colour codes and nothing.
var cellPieces = []string{
	"地区生产总值增长", "6.5%以上", "9.5万人", "≥ 10%", "‰", "～", "Ⅰ~Ⅲ类水断面占比", "１２３", "−0.2 pp", "(to 2023-05)",
	"R&D", "✅ pass", "⚠️ warn", "👍", "é", "a", " ", "  lead", "trail  ", "", "\x1b[31mfail\x1b[0m", "\x1b[2mmissing\x1b[0m",
	"GDP growth", "needs ≥ 57家", "“一网通办”", "e\u0301", "\u200b",
}

// randomRows makes rows of random cells from cellPieces.
func randomRows(rnd *rand.Rand, cols int) [][]string {
	rows := make([][]string, 1+rnd.IntN(8))
	for i := range rows {
		rows[i] = make([]string, cols)
		for j := range rows[i] {
			var b strings.Builder
			for range rnd.IntN(4) {
				b.WriteString(cellPieces[rnd.IntN(len(cellPieces))])
			}
			rows[i][j] = b.String()
		}
	}
	return rows
}

// TestTableLayoutDrawsAsTablewriter draws a thousand random tables both
// ways: the same bytes as tablewriter, whatever the cells.
func TestTableLayoutDrawsAsTablewriter(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	l := newTableLayout(resultsHeader()...)
	for n := range 1000 {
		rows := randomRows(rnd, len(l.header))
		var got, want bytes.Buffer
		if err := l.write(&got, rows); err != nil {
			t.Fatal(err)
		}
		if err := drawTable(&want, l.header, rows); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("table %d: %q\nlaid out:\n%s\ntablewriter:\n%s", n, rows, got.String(), want.String())
		}
	}
	if l.pattern == nil {
		t.Error("the pattern of tablewriter's drawing was not learned: every table was drawn by tablewriter")
	}
}

// TestTableLayoutOfOtherHeaders learns the pattern of tables with other
// headers: wide, narrow, Chinese, one column.
func TestTableLayoutOfOtherHeaders(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for _, header := range [][]string{{"A"}, {"类别", "指标"}, {"ID", "Indicator", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"}} {
		l := newTableLayout(header...)
		for range 50 {
			rows := randomRows(rnd, len(header))
			var got, want bytes.Buffer
			if err := l.write(&got, rows); err != nil {
				t.Fatal(err)
			}
			drawTable(&want, header, rows)
			if got.String() != want.String() {
				t.Fatalf("%q: laid out:\n%s\ntablewriter:\n%s", header, got.String(), want.String())
			}
		}
		if l.pattern == nil {
			t.Errorf("%q: no pattern learned", header)
		}
	}
}

// TestTableLayoutLeavesOddCellsToTablewriter draws tables with cells the
// layout does not set (a line break, a tab, a bare escape): tablewriter
// draws them, and the output is still tablewriter's.
func TestTableLayoutLeavesOddCellsToTablewriter(t *testing.T) {
	l := newTableLayout("A", "B")
	for _, odd := range []string{"two\nlines", "a\ttab", "\x1b]8;;link\x07", "bell\a", "\x1b[31"} {
		rows := [][]string{{"地区", odd}, {"x", "y"}}
		if _, _, ok := l.widths(rows); ok {
			t.Errorf("%q: laid out, want it left to tablewriter", odd)
		}
		var got, want bytes.Buffer
		if err := l.write(&got, rows); err != nil {
			t.Fatal(err)
		}
		drawTable(&want, l.header, rows)
		if got.String() != want.String() {
			t.Errorf("%q: not tablewriter's drawing:\n%s", odd, got.String())
		}
	}
}
