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
			if unicode.IsSpace(r) || r == '|' {
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
	return inPieces(string(window[:limit]), want)
}

// inPieces reports whether want stands in s whole, or as two pieces in
// order: a cell broken over two lines of a table of rows continues under
// itself, with the other cells of its row between the pieces.
func inPieces(s, want string) bool {
	if strings.Contains(s, want) {
		return true
	}
	for cut := len(want) - 1; cut > 0; cut-- {
		if !utf8.RuneStart(want[cut]) {
			continue
		}
		if i := strings.Index(s, want[:cut]); i >= 0 && strings.Contains(s[i+cut:], want[cut:]) {
			return true
		}
	}
	return false
}
