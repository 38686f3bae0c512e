package indicators

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"plan/input"
)

// HTML pages and Word documents give a cell's text, or a title's, in
// pieces: text between tags, runs and paragraphs. printed joins the pieces
// as a reader sees them printed, and lines gathers the text outside tables
// a line or paragraph at a time, for the plan's title and issuer.

// gap is what stands between the text written so far and the next piece.
type gap int

const (
	noGap    gap = iota // the pieces touch: <span>地区</span><span>生产总值</span>
	spaceGap            // a space as printed, or spaces the page collapses to one
	breakGap            // a line break: <br>, a new paragraph, a new line in the source
)

// printed is text built from pieces. Whitespace collapses to one space, as
// a browser shows it. A line break becomes a space between Latin words
// (GDP<br>growth) and nothing where either side is Chinese (控制在合理区间<br>
// (1.2%左右)), as CSS Text does with a line break in East Asian text.
type printed struct {
	b    strings.Builder
	gap  gap
	last rune // the last rune written; 0 when nothing is
}

// write adds a piece of text.
func (p *printed) write(s string) {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			p.sep(breakGap)
		case isGap(r):
			p.sep(spaceGap)
		default:
			p.put(r)
		}
	}
}

// sep records a space or a line break before the next piece; at the start
// of the text it is nothing.
func (p *printed) sep(g gap) {
	if p.last != 0 && g > p.gap {
		p.gap = g
	}
}

// put writes one rune, with the space the gap before it calls for.
func (p *printed) put(r rune) {
	if p.gap == spaceGap || (p.gap == breakGap && !isWide(p.last) && !isWide(r)) {
		p.b.WriteByte(' ')
	}
	p.gap = noGap
	p.b.WriteRune(r)
	p.last = r
}

// String is the text, without space at either end.
func (p *printed) String() string { return p.b.String() }

// empty reports whether nothing but space was written.
func (p *printed) empty() bool { return p.last == 0 }

// isGap reports whether a rune is space a page collapses: the ideographic
// space U+3000 is kept, since tables use it to space out words (指　标).
func isGap(r rune) bool { return r != '\u3000' && unicode.IsSpace(r) }

// isWide reports whether a rune is East Asian text, which runs on across a
// line break without a space: Han, kana, and the full-width forms and
// punctuation.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// markupLine is a line of a document's text: its cell, and the innermost
// table whose cell holds it (-1 for none). The lines of cells are kept so
// that a table nested in a page-layout table has the layout's text around
// it.
type markupLine struct {
	c     cell
	table int
}

// lines gathers a document's text a line at a time.
type lines struct {
	done  []markupLine
	cur   printed
	pos   input.Pos // where the line being built starts
	table int       // the table the line being built is in
}

// write adds text at pos to the line being built, in table (-1: in none).
func (l *lines) write(s string, pos input.Pos, table int) {
	if l.cur.empty() {
		l.pos, l.table = pos, table
	}
	l.cur.write(s)
}

// end ends the line being built, keeping it if it holds text.
func (l *lines) end() {
	if !l.cur.empty() {
		l.done = append(l.done, markupLine{c: newCell(l.cur.String(), l.pos, -1), table: l.table})
	}
	l.cur = printed{}
}

// nest is where a table stands among the tables of a document: tables are
// numbered in the order they start, so a table's descendants are the
// tables numbered from its own up to end. first and last bound the lines
// of the document that come before its first cell and after its end.
type nest struct {
	id, end     int
	parent      int // the table whose cell holds it; -1 for none
	first, last int // lines before its first cell; lines before its end
}

// holds reports whether table t is n or a table nested in n.
func (n nest) holds(t int) bool { return t >= n.id && t < n.end }

// withText gives each grid the text around its table (see around); kept
// says which tables laid out a grid, in order. It reports false when b has
// too little left.
func withText(grids []grid, kept []bool, done []markupLine, nests []nest, b *budget) bool {
	before, after, ok := around(done, nests, b)
	if !ok {
		return false
	}
	k := 0
	for i, keep := range kept {
		if keep {
			grids[k].before, grids[k].after = before[i], after[i]
			k++
		}
	}
	return true
}

// around gives each table the text around it: the lines in no table or in
// the cells of a table that holds it, before its first cell and after its
// end. Tables that share a parent share one list of such lines, so the
// cost is a list per table that holds tables, taken from b.
func around(done []markupLine, nests []nest, b *budget) (before, after [][]cell, ok bool) {
	before, after = make([][]cell, len(nests)), make([][]cell, len(nests))
	seen := map[int]seenLines{} // by parent
	for i, n := range nests {
		v, ok := seen[n.parent]
		if !ok {
			if v, ok = visible(done, nests, n.parent, b); !ok {
				return nil, nil, false
			}
			seen[n.parent] = v
		}
		k := v.count[n.first]
		before[i], after[i] = v.lines[:k:k], v.lines[v.count[n.last]:]
	}
	return before, after, true
}

// seenLines is the lines seen from inside a table, and for each line of
// the document the number of them before it.
type seenLines struct {
	lines []cell
	count []int
}

// visible is the lines seen from inside table parent (-1: the page): those
// in no table or in parent or a table that holds it. It reports false when
// b has too little left for them.
func visible(done []markupLine, nests []nest, parent int, b *budget) (seenLines, bool) {
	var v seenLines
	v.count = make([]int, len(done)+1)
	for i, l := range done {
		v.count[i] = len(v.lines)
		if l.table < 0 || (parent >= 0 && nests[l.table].holds(parent)) {
			v.lines = append(v.lines, l.c)
		}
	}
	v.count[len(done)] = len(v.lines)
	if len(v.lines)+len(v.count) > b.left {
		return seenLines{}, false
	}
	b.left -= len(v.lines) + len(v.count)
	return v, true
}

// runeCol advances a line and rune column over text, as a page's positions
// count: lines from 1 at each \n, columns in runes from 1.
func runeCol(line, col int, text []byte) (int, int) {
	for {
		i := bytes.IndexByte(text, '\n')
		if i < 0 {
			return line, col + utf8.RuneCount(text)
		}
		line, col, text = line+1, 1, text[i+1:]
	}
}
