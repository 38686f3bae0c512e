package indicators

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"plan/input"
	"plan/internal/fixtures"
)

// TestNoInventedTarget reads every document of the corpus and every
// fixture plan and checks that each indicator's target is text the
// document holds at the position the indicator cites: the reader takes a
// target from a neighbouring row only where the layout proves the cell is
// shared, and then cites that cell.
func TestNoInventedTarget(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../testdata/corpus/*.txt", "../testdata/plans/*.txt", "../testdata/plans/*.html", "../seeds/*.txt", "../testdata/*.txt"} {
		matches, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, matches...)
	}
	if len(files) < 15 {
		t.Fatalf("found %d documents, want the corpus and the fixtures", len(files))
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Read(file, data)
		if err != nil {
			continue // a document with no table invents nothing
		}
		lines := strings.Split(string(data), "\n")
		for _, ind := range p.Indicators {
			if ind.Target == "" {
				continue
			}
			if !citedAt(lines, ind.Line, ind.Column, ind.Target, strings.HasSuffix(file, ".html")) {
				t.Errorf("%s: %s %s: target %q is not in the document at line %d, column %d", file, ind.ID, ind.Name, ind.Target, ind.Line, ind.Column)
			}
		}
	}
}

// tag matches an HTML tag, which the text of a cell may stand between.
var tag = regexp.MustCompile(`<[^>]*>`)

// citedAt reports whether text stands in the document from a line and
// column on, within the cell there: spaces, line breaks, the | of rows
// and, in a page, tags between its characters aside (a cell broken over
// two lines is one target).
func citedAt(lines []string, line, col int, text string, isHTML bool) bool {
	if line < 1 || line > len(lines) {
		return false
	}
	rest := strings.Join(lines[line-1:min(len(lines), line+3)], "\n")
	if col > 1 {
		r := []rune(lines[line-1])
		if col-1 > len(r) {
			return false
		}
		rest = string(r[col-1:]) + "\n" + strings.Join(lines[line:min(len(lines), line+3)], "\n")
	}
	if isHTML {
		rest = html.UnescapeString(tag.ReplaceAllString(rest, ""))
	}
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || unicode.IsControl(r) || r == '|' { // a cell leaves control characters out
				return -1
			}
			return r
		}, Normalize(s))
	}
	want := squeeze(text)
	window := []rune(squeeze(rest))
	// The target of a part of a cell (增长10%) is within the cell's text,
	// which a few times the part's length covers.
	limit := min(len(window), len([]rune(want))*4+40)
	return inPieces(string(window[:limit]), want, maxPieces)
}

// maxPieces is how many lines one cell may be broken over in text: a
// target of three lines (完成省 / 下达 / 目标) continues under itself twice.
const maxPieces = 3

// inPieces reports whether want stands in s whole, or as up to n pieces in
// order: a cell broken over lines of a table of rows continues under
// itself, with the other cells of its row between the pieces.
func inPieces(s, want string, n int) bool {
	if strings.Contains(s, want) {
		return true
	}
	if n <= 1 {
		return false
	}
	for cut := len(want) - 1; cut > 0; cut-- {
		if !utf8.RuneStart(want[cut]) || isDigit(want[cut-1]) && isDigit(want[cut]) {
			continue // a number is never pieced together: 4620 and 7%以上 are not 46207%以上
		}
		if i := strings.Index(s, want[:cut]); i >= 0 && inPieces(s[i+cut:], want[cut:], n-1) {
			return true
		}
	}
	return false
}

// TestTargetsAreCells checks, for the corpus and every fixture plan in
// every form (text, a page, a .docx, an .xlsx), that each indicator's
// target is the text of the very cell it cites: the whole cell, a clause of
// it (a part of a compound target), or the cell and the line after it (a
// cell a page broke over two lines). A target from anywhere else, or a
// cell cited at the wrong place, fails.
func TestTargetsAreCells(t *testing.T) {
	files := append(fixtures.Plans(t, "../testdata/plans"), fixtures.Plans(t, "../testdata/corpus")...)
	files = append(files, "../seeds/shaoxing-2023.txt")
	checked := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Read(file, data)
		if err != nil {
			continue // a document with no table cites nothing
		}
		cells := cellsAt(t, file, data)
		for _, ind := range p.Indicators {
			if ind.Target == "" {
				continue
			}
			at := input.Pos{File: file, Sheet: ind.Sheet, Line: ind.Line, Col: ind.Column}
			checked++
			if !isCellText(cells[at], ind.Target) {
				t.Errorf("%s: %s %s: target %q is not the cell at %s, which holds %q", file, ind.ID, ind.Name, ind.Target, at, cells[at])
			}
		}
	}
	if checked < 300 {
		t.Errorf("checked %d targets, want the targets of every fixture in every form", checked)
	}
}

// cellsAt indexes the cells every layout finds in a document by where
// they start.
func cellsAt(t *testing.T, file string, data []byte) map[input.Pos][]string {
	t.Helper()
	src, err := open(file, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cells := map[input.Pos][]string{}
	for _, l := range layouts() {
		grids, err := l.grids(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range grids {
			for i, row := range g.rows {
				for _, c := range row {
					text := c.raw
					if g.flow && i+1 < len(g.rows) {
						text += g.rows[i+1][0].raw // a cell broken over two lines
					}
					cells[c.pos] = append(cells[c.pos], text)
				}
			}
		}
	}
	return cells
}

// isCellText reports whether a target is one of the texts, or a clause of
// one, or one broken over lines: spaces and line breaks aside.
func isCellText(texts []string, target string) bool {
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, Normalize(s))
	}
	want := squeeze(target)
	for _, text := range texts {
		if got := squeeze(text); strings.Contains(got, want) {
			return true
		}
	}
	return false
}
