package indicators

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"plan/input"
)

// role is what a column of a target table holds.
type role int

const (
	roleOther    role = iota // a column recovery passes over: 责任单位, 备注, an unknown header
	roleCategory             // 指标类型: the category, often on its group's first row only
	roleNumber               // 序号
	roleName                 // 指标名称
	roleSubName              // a second name column: a sub-row's name beside its group's
	roleUnit                 // 单位
	roleTarget               // 2024年目标
	roleActual               // 2023年实绩: passed over, but it holds cells
	roleAttr                 // 属性: 预期性 or 约束性
)

// part is which part of a target or actual a column holds when a
// sub-header splits it: the level (绝对值) or the growth (增速).
type part int

const (
	partWhole part = iota
	partLevel
	partGrowth
)

// column is a column of a target table as its header gives it.
type column struct {
	role     role
	part     part
	unit     string // a unit the header gives: 增速(%)
	year     int    // a year the header gives: 2024年目标
	col      int    // its column in the grid; -1 in a flow or when not known
	head     string // the header as printed, joined
	implicit bool   // not printed in the header: the category column a page leaves unheaded
}

// header is where the header of a table stands in a grid; its columns
// are read from it (columnsOf).
type header struct {
	start int       // the index of the header's first cell (flow) or row (rows)
	end   int       // the index after its last
	pos   input.Pos // where it starts
}

// headWord is a header cell read: the role its words give, and what else
// they say.
type headWord struct {
	role     role
	part     part   // a sub-header word: the level or growth part of the column above
	year     int    // 2024年
	unit     string // (%)
	yearOnly bool   // 2024年 alone: a column whose role the row below gives
	known    bool   // a header word at all
}

// sub reports whether the word splits a column above it into parts.
func (w headWord) sub() bool { return w.part != partWhole }

// readHeadWord reads a header cell's text: a year before it (2024年), a
// unit in brackets after it ((%)), and the words between.
func readHeadWord(s string) headWord {
	var w headWord
	if len(s) >= 4 && isDigits(s[:4]) {
		w.year, _ = strconv.Atoi(s[:4])
		s = strings.TrimPrefix(s[4:], "年")
		if s == "" {
			w.yearOnly, w.known = true, w.year >= 1949 && w.year <= 2100
			return w
		}
	}
	if i := strings.LastIndexAny(s, "(（"); i > 0 && hasSuffixAny(s, ")", "）") {
		inner := strings.TrimRight(strings.TrimLeft(s[i:], "(（"), ")）")
		if _, ok := ParseUnit(inner); ok || inner == "%" {
			w.unit, s = inner, s[:i]
		}
	}
	w.known = true
	switch {
	case isOneOf(s, headerNumberWords):
		w.role = roleNumber
	case isOneOf(s, headerCategoryWords):
		w.role = roleCategory
	case isOneOf(s, headerNameWords):
		w.role = roleName
	case isOneOf(s, headerUnitWords):
		w.role = roleUnit
	case isOneOf(s, headerAttrWords):
		w.role = roleAttr
	case isOneOf(s, headerOtherWords):
		w.role = roleOther
	case isOneOf(s, headerLevelWords):
		w.role, w.part = roleTarget, partLevel
	case isOneOf(s, headerGrowthWords):
		w.role, w.part = roleTarget, partGrowth
	case utf8.RuneCountInString(s) <= maxHeadRunes && hasAny(s, headerActualWords...):
		w.role = roleActual
	case utf8.RuneCountInString(s) <= maxHeadRunes && hasAny(s, headerTargetWords...):
		w.role = roleTarget
	default:
		w.known = false
	}
	return w
}

// maxHeadRunes is the longest header cell read by the words in it: a
// header names a column in a few words (2024年预期目标, 上年实绩完成情况);
// a longer cell with 计划 or 完成 in it is a sentence or a title.
const maxHeadRunes = 10

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// headCell is a header cell, joined from the pieces a page split it into.
type headCell struct {
	text  string
	word  headWord
	col   int
	pos   input.Pos
	cells int // how many cells it was joined from
}

// maxHeadPieces is the most cells one header word is joined from: a page
// that spaces out 指 标 名 称 splits it into four.
const maxHeadPieces = 4

// joinHead reads a run of header cells, joining the pieces of a word a
// page split over several cells (指标 / 类型, 2020 / 年目标值, 指 标 名 称).
// Pieces are joined when together they are a header word and one of them
// alone is not, or is a bare year before a column word.
func joinHead(cells []cell) []headCell {
	var out []headCell
	for i := 0; i < len(cells); {
		hc := headCell{text: cells[i].text, word: readHeadWord(cells[i].text), col: cells[i].col, pos: cells[i].pos, cells: 1}
		afterYear := i > 0 && readHeadWord(cells[i-1].text).yearOnly
		for n := min(maxHeadPieces, len(cells)-i); n >= 2; n-- {
			if j, ok := joinPieces(cells[i:i+n], afterYear); ok {
				hc = j
				break
			}
		}
		out = append(out, hc)
		i += hc.cells
	}
	return splitRoleTwice(out)
}

// joinPieces joins cells into one header word, if they make one. A year
// and the word after it (2023年 / 完成) are one word unless the year
// follows another year: 2023年 / 2024年 / 目标 is a line of years over a
// line of words, 单位 / 2023年 / 完成 / 2024年 / 目标 a line of words split.
func joinPieces(cells []cell, afterYear bool) (headCell, bool) {
	var text strings.Builder
	partsKnown, known := true, 0
	for _, c := range cells {
		text.WriteString(c.text)
		if w := readHeadWord(c.text); !w.known {
			partsKnown = false
		} else if !w.yearOnly {
			known++
		}
	}
	if known >= 2 && !partsKnown {
		return headCell{}, false // 2024年目标 / 单位 / 属性 / 备: words of their own beside a piece
	}
	w := readHeadWord(text.String())
	if !w.known || w.yearOnly {
		return headCell{}, false
	}
	second := readHeadWord(cells[len(cells)-1].text)
	if partsKnown && !yearAndWord(cells, w, afterYear) {
		return headCell{}, false
	}
	last := cells[len(cells)-1]
	if n := len(cells); n > 2 && second.known && !second.yearOnly && readHeadWord(text.String()[:text.Len()-len(last.text)]).known {
		return headCell{}, false // 指 / 标 / 单位 is 指标 beside 单位, not one word
	}
	return headCell{text: text.String(), word: w, col: last.col, pos: cells[0].pos, cells: len(cells)}, true
}

// yearAndWord reports whether two header cells are a year and the word it
// heads, split apart: 2020 / 年目标值, or 2023年 / 完成 side by side where
// the year does not follow another (see joinPieces). w is the two read as
// one.
func yearAndWord(cells []cell, w headWord, afterYear bool) bool {
	if len(cells) != 2 || !readHeadWord(cells[0].text).yearOnly || w.role != roleTarget && w.role != roleActual {
		return false
	}
	if strings.HasPrefix(cells[1].text, "年") {
		return true
	}
	word := readHeadWord(cells[1].text)
	return !afterYear && word.known && word.year == 0 && word.role == w.role && adjacent(cells[0], cells[1])
}

// adjacent reports whether two header cells stand side by side: next to
// each other in a grid, or one after the other in a flow.
func adjacent(a, b cell) bool {
	return a.col < 0 && b.col < 0 || b.col == a.col+1
}

// splitRoleTwice joins two neighbouring header cells that are each a word
// when the header would otherwise give one role twice: 指标 / 类型 before
// 指标名称 is 指标类型, the category, not a second name column. Targets and
// results come several to a header, and are left as they are.
func splitRoleTwice(cells []headCell) []headCell {
	count := map[role]int{}
	for _, c := range cells {
		if counted(c) {
			count[c.word.role]++
		}
	}
	out := make([]headCell, 0, len(cells))
	for i := 0; i < len(cells); i++ {
		a := cells[i]
		if i+1 == len(cells) || !counted(a) || count[a.word.role] < 2 || manyOf(a.word.role) {
			out = append(out, a)
			continue
		}
		b := cells[i+1]
		w := readHeadWord(a.text + b.text)
		if !w.known || w.role == a.word.role {
			out = append(out, a)
			continue
		}
		joined := headCell{text: a.text + b.text, word: w, col: b.col, pos: a.pos, cells: a.cells + b.cells}
		for _, c := range []headCell{a, b} {
			if counted(c) {
				count[c.word.role]--
			}
		}
		if counted(joined) {
			count[w.role]++
		}
		out = append(out, joined)
		i++
	}
	return out
}

// manyOf reports whether a header may well give a role several columns:
// targets and results of several years or parts (2023年目标 | 2023年实绩 |
// 2024年目标), each a word of its own.
func manyOf(r role) bool { return r == roleTarget || r == roleActual }

// counted reports whether a header cell names a column of its own role,
// one that a header gives once: not a year alone, a part or an other.
func counted(c headCell) bool {
	return c.word.known && !c.word.yearOnly && !c.word.sub() && c.word.role != roleOther
}

// isHeadish reports whether a cell may belong to a header: a header word,
// or a piece of one that a page split off (指, 名称, 2020, 年目标值).
func isHeadish(c cell) bool {
	s := c.text
	switch {
	case s == "":
		return false
	case readHeadWord(s).known:
		return true
	case len(s) == 4 && isDigits(s):
		return true // 2020 of "2020 年目标值"
	case strings.HasPrefix(s, "年"):
		return readHeadWord("2000" + s).known
	}
	for _, words := range [][]string{headerNumberWords, headerCategoryWords, headerNameWords, headerUnitWords, headerAttrWords} {
		for _, w := range words {
			if utf8.RuneCountInString(w) > 1 && strings.Contains(w, s) {
				return true
			}
		}
	}
	return false
}

// maxHeadCells is the most cells a header has: the widest target tables
// have about fifteen columns (category, number, name, unit, two years of a
// level and a growth, attribute, the unit responsible, remarks); a longer
// run of header words is not a target table's header, and reading it as
// one would cost time in the square of its length.
const maxHeadCells = 32

// maxHeaderRows is how far down a grid its header is looked for: a title
// row or two and a header of two lines.
const maxHeaderRows = 8

// rowsHeader finds the header of a grid with rows: a row with a name
// column and a target column, or such a row and a second line under it.
// It returns every reading of the header (see columnsOf); ok is false when
// no row in reach heads a target table.
func rowsHeader(rows [][]cell) (h header, readings []reading, ok bool) {
	for r := 0; r < len(rows) && r < maxHeaderRows; r++ {
		top := headRow(rows[r])
		if len(top) > maxHeadCells || !hasNameWord(top) {
			continue
		}
		h = header{start: r, end: r + 1, pos: rows[r][0].pos}
		if r+1 < len(rows) {
			if subs := headRow(rows[r+1]); len(subs) <= maxHeadCells && isSubLine(subs, top) {
				if readings = columnsOf(joinHead(top), joinHead(subs)); len(readings) > 0 {
					h.end = r + 2
					return h, placeUnheaded(readings, rows[r]), true
				}
			}
		}
		if readings = columnsOf(joinHead(top), nil); len(readings) > 0 {
			return h, placeUnheaded(readings, rows[r]), true
		}
	}
	return header{}, nil, false
}

// placeUnheaded places the category column a header leaves unheaded where
// the header row shows an empty cell before its first column word: many
// pages print each category in the first column of its group's first row
// and nothing over it. A category there may be a word the lexicon does not
// know (平安稳定); its place says what it is.
func placeUnheaded(readings []reading, row []cell) []reading {
	first := -1 // the column of the first header word
	for _, c := range row {
		if c.text != "" {
			first = c.col
			break
		}
	}
	if first <= 0 || row[first-1].above || row[first-1].left {
		return readings
	}
	for i := range readings {
		for j := range readings[i].cols {
			if c := &readings[i].cols[j]; c.role == roleCategory && c.implicit {
				c.col = first - 1
			}
		}
	}
	return readings
}

// headRow reads the header cells of a row, leaving out what a merged cell
// above or to the left covers; a name header merged over two columns
// gives a second name column, for the sub-rows' names. In text, which
// loses the merge, an empty header cell right after the name's, before
// more of the header (序号 | 指标名称 | | 2024年目标), is that second column.
func headRow(row []cell) []cell {
	var out []cell
	for i, c := range row {
		switch {
		case c.text == "" && !c.above && !c.left && lostNameSpan(row, i):
			out = append(out, cell{raw: row[i-1].raw, text: row[i-1].text, pos: c.pos, col: c.col, left: true})
		case c.text == "" || c.above:
		case c.left && i > 0 && readHeadWord(c.text).role == roleName && !row[i-1].above:
			out = append(out, c)
		case c.left:
		default:
			out = append(out, c)
		}
	}
	return out
}

// lostNameSpan reports whether the empty cell i of a header row stands
// where a name header merged over two columns would: right after the
// name's cell, with more of the header after it.
func lostNameSpan(row []cell, i int) bool {
	if i == 0 || i+1 >= len(row) || row[i+1].text == "" {
		return false
	}
	prev := row[i-1]
	return prev.text != "" && !prev.left && readHeadWord(prev.text).role == roleName
}

// headsTable reports whether header cells head a table of any kind: a
// name column beside a number, category, unit, attribute, result or target
// column (序号 | 指标名称 | 2023年完成). A table ends where another's header
// stands, whether or not that one is a target table.
func headsTable(cells []headCell) bool {
	if !hasName(cells) {
		return false
	}
	for _, h := range cells {
		if h.word.known && (h.word.yearOnly || h.word.role != roleName && h.word.role != roleOther) {
			return true
		}
	}
	return false
}

// isTableTitle reports whether a line is the title of a table: 附表2, 表3
// …, or a numbered heading with a year (二、2023年主要指标完成情况; a
// category line, 二、社会民生, names none).
func isTableTitle(s string) bool {
	if tableNumber().MatchString(s) {
		return true
	}
	rest := ordinalPrefix().ReplaceAllString(s, "")
	return rest != s && namesYear(rest)
}

// hasNameWord reports whether cells hold a name header (指标名称, joined
// from pieces or not).
func hasNameWord(cells []cell) bool {
	for _, h := range joinHead(cells) {
		if h.word.role == roleName && h.word.known {
			return true
		}
	}
	return false
}

// isSubLine reports whether cells are a header's second line: all header
// words or pieces, none of them a name, under a first line that has a
// column to split (a target, an actual, or a bare year).
func isSubLine(cells, top []cell) bool {
	if len(cells) == 0 || hasNameWord(cells) {
		return false
	}
	for _, c := range cells {
		if !isHeadish(c) {
			return false
		}
	}
	for _, h := range joinHead(top) {
		if h.word.yearOnly || h.word.role == roleTarget || h.word.role == roleActual {
			return true
		}
	}
	return false
}

// flowHeader finds the next header in a flow of cells one a line, from
// cell from on: a run of header cells with a name and a target column. A
// second line of the header follows the first in the flow; it is split
// off the end of the run where the words allow it.
func flowHeader(cells []cell, from int) (h header, readings []reading, ok bool) {
	for i := from; i < len(cells); {
		j := i
		for j < len(cells) && isHeadish(cells[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		i = max(i, j-maxHeadCells) // a header ends a run of header words: a title may come before it
		run := joinHead(cells[i:j])
		skip := leadingTitle(run)
		if readings := flowReadings(run[skip:]); hasName(run) && len(readings) > 0 {
			start := i
			for _, h := range run[:skip] {
				start += h.cells
			}
			return header{start: start, end: j, pos: cells[start].pos}, readings, true
		}
		i = j
	}
	return header{}, nil, false
}

// leadingTitle counts the cells at the head of a run of header cells that
// are the table's title rather than its header (2024年主要目标 right above
// 序号): a header begins with its category, number or name column, and
// names one column once.
func leadingTitle(run []headCell) int {
	n := 0
	for n < len(run) {
		r := run[n].word.role
		if run[n].word.known && !run[n].word.yearOnly && (r == roleCategory || r == roleNumber || r == roleName) {
			break
		}
		n++
	}
	if n < len(run) && run[n].word.role == roleName {
		for _, h := range run[n+1:] {
			if h.word.role == roleName {
				return n + 1 // 主要指标 over a header with its own 指标名称
			}
		}
	}
	return n
}

// flowReadings reads a header run from a flow: as one line, or as a first
// line and a second one split off its end, the split that leaves the
// shortest first line that reads.
func flowReadings(run []headCell) []reading {
	for s := 1; s < len(run); s++ {
		top, subs := run[:s], run[s:]
		if !hasName(top) || !canSplit(top, subs) {
			continue
		}
		if readings := columnsOf(top, subs); len(readings) > 0 {
			return readings
		}
	}
	return columnsOf(run, nil)
}

// hasName reports whether header cells hold a name column.
func hasName(cells []headCell) bool {
	for _, h := range cells {
		if h.word.role == roleName && h.word.known {
			return true
		}
	}
	return false
}

// canSplit reports whether subs can be a second line under top: part
// words under columns to split, or column words under bare years.
func canSplit(top, subs []headCell) bool {
	years, splittable := 0, 0
	for _, h := range top {
		switch {
		case h.word.yearOnly:
			years++
		case h.word.role == roleTarget || h.word.role == roleActual:
			splittable++
		}
	}
	if allParts(subs) {
		return years+splittable > 0
	}
	for _, s := range subs {
		if !s.word.known || s.word.yearOnly || s.word.role == roleName {
			return false
		}
	}
	return years > 0
}
