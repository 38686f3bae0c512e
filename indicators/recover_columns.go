package indicators

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// A header printed over two lines splits some of its columns: 2015年目标
// over 绝对值 | 增速(%) is two target columns, a level and a growth, and
// 2024年 over 目标 | 属性 is a target and an attribute column of 2024.
// What the page shows of the second line is its words in order; which
// column above each belongs to is worked out here.

// reading is a way of reading a header, with what it assumed.
type reading struct {
	cols      []column
	note      string // what the reading passed over, when the header proves it
	guess     string // "" when the header proves this reading
	yearGuess bool   // only the order of its years chose the target year (oneTargetYear)
}

// columnsOf reads a header's columns: top is its first line, subs the
// words of a second line under it (none for a header on one line). It
// returns every reading the words allow; more than one when a second line
// splits fewer columns than could be split (the rows under the header
// then decide), none when the words make no target table.
func columnsOf(top, subs []headCell) []reading {
	var readings [][]column
	guess := "" // the guess of bare years, where yearRole gives them roles
	switch {
	case len(subs) == 0:
		readings, guess = [][]column{plainColumns(top)}, yearsGuess(top)
	case allParts(subs):
		readings, guess = splitByParts(top, subs), yearsGuess(top)
	default:
		readings = splitByYear(top, subs)
	}
	var out []reading
	for _, cols := range readings {
		if !complete(cols) {
			continue
		}
		r := oneTargetYear(reading{cols: withCategory(cols), guess: guess})
		out = append(out, r)
	}
	out = sureFirst(out)
	if len(out) > 1 {
		for i := range out {
			split := fmt.Sprintf("the second line of the header (%s) was read as splitting %s: the rows under it read best so", subWords(subs), splitNames(out[i].cols))
			out[i].guess = joinNote(out[i].guess, split)
		}
	}
	return out
}

// oneTargetYear keeps the target columns of one year where a header has
// targets of several (2025年规划目标 | 2023年完成 | 2024年目标): an annual
// plan's targets are those of its year, and the others are passed over.
// The year is the one that is not a multi-year plan's (规划, 十四五), then
// the year after the results the header shows; failing both, the earliest,
// a guess.
func oneTargetYear(r reading) reading {
	years := targetYears(r.cols)
	if len(years) < 2 {
		return r
	}
	keep, sure := chooseTargetYear(r.cols, years)
	var passed []string
	for i := range r.cols {
		c := &r.cols[i]
		if c.role == roleTarget && c.year != 0 && c.year != keep {
			c.role = roleOther
			passed = append(passed, c.head)
		}
	}
	msg := fmt.Sprintf("the header has targets of %d years: the %d columns were read, and %s passed over", len(years), keep, strings.Join(passed, " | "))
	if sure {
		r.note = joinNote(r.note, msg)
	} else {
		r.guess, r.yearGuess = joinNote(r.guess, msg+" (the earliest year, nothing else telling which is the plan's)"), true
	}
	return r
}

// targetYears lists the years of a reading's target columns, in order.
func targetYears(cols []column) []int {
	var years []int
	for _, c := range cols {
		if c.role == roleTarget && c.year != 0 && !slices.Contains(years, c.year) {
			years = append(years, c.year)
		}
	}
	return years
}

// chooseTargetYear picks the year of an annual plan's targets among
// years; sure is false when only their order decided.
func chooseTargetYear(cols []column, years []int) (year int, sure bool) {
	var annual []int
	for _, y := range years {
		multi := false
		for _, c := range cols {
			multi = multi || c.role == roleTarget && c.year == y && hasAny(c.head, multiYearWords...)
		}
		if !multi {
			annual = append(annual, y)
		}
	}
	if len(annual) == 1 {
		return annual[0], true
	}
	if len(annual) == 0 {
		annual = years
	}
	latestResult := 0
	for _, c := range cols {
		if c.role == roleActual {
			latestResult = max(latestResult, c.year)
		}
	}
	if latestResult != 0 && slices.Contains(annual, latestResult+1) {
		return latestResult + 1, true
	}
	return slices.Min(annual), false
}

// plainColumns reads a header on one line. Bare years head the target
// column when no other column is the target (see yearRole), and a growth
// column right after a result's is that result's growth.
func plainColumns(top []headCell) []column {
	cols := make([]column, 0, len(top))
	for _, h := range top {
		c := columnOf(h)
		if h.word.yearOnly {
			c.role = yearRole(top, h)
		}
		cols = append(cols, c)
	}
	resultGrowth(cols)
	return cols
}

// resultGrowth gives a growth column that a header names by the growth
// alone (增长(%), 比上年增长) the role of the column before it when that is
// a result: 2023年预计完成 | 比上年增长(%) | 2024年目标 is last year's level
// and growth beside this year's target, and 2023年完成 | 增长(%) a table of
// results with no target at all. After a target, or alone, such a column
// is a growth target (2024年目标 | 增长(%)), and so after a base level
// (2023年基数 | 增长(%)).
func resultGrowth(cols []column) {
	for i := 1; i < len(cols); i++ {
		prev := cols[i-1]
		if c := &cols[i]; c.role == roleTarget && c.part == partGrowth && c.year == 0 && prev.role == roleActual && !hasAny(prev.head, headerBaseWords...) {
			c.role = roleActual
		}
	}
}

// yearRole is the role of a column headed by a year alone: with no column
// that says it is the target, the latest year is the target and earlier
// years are results (2022年 | 2023年 is last year's result beside this
// year's target); beside a target column, a bare year is passed over.
func yearRole(top []headCell, h headCell) role {
	latest := 0
	for _, t := range top {
		if t.word.known && !t.word.yearOnly && !t.word.sub() && t.word.role == roleTarget {
			return roleOther
		}
		if t.word.yearOnly {
			latest = max(latest, t.word.year)
		}
	}
	switch {
	case h.word.year == latest && h.col == latestCol(top, latest):
		return roleTarget
	case h.word.year < latest:
		return roleActual
	}
	return roleOther
}

// latestCol is the column of the first header cell of the latest year.
func latestCol(top []headCell, latest int) int {
	for _, t := range top {
		if t.word.yearOnly && t.word.year == latest {
			return t.col
		}
	}
	return -1
}

// yearsGuess names the guess yearRole makes when a header heads more than
// one column by a year alone and none by a target word; "" otherwise.
func yearsGuess(top []headCell) string {
	var years []string
	for _, t := range top {
		if t.word.known && !t.word.yearOnly && !t.word.sub() && t.word.role == roleTarget {
			return ""
		}
		if t.word.yearOnly {
			years = append(years, t.text)
		}
	}
	if len(years) < 2 {
		return ""
	}
	return fmt.Sprintf("the header names columns by year alone (%s): the latest was read as the target and the earlier as results", strings.Join(years, " | "))
}

// columnOf is the column one header cell gives.
func columnOf(h headCell) column {
	c := column{role: h.word.role, part: h.word.part, unit: h.word.unit, year: h.word.year, col: h.col, head: h.text}
	if !h.word.known || h.word.yearOnly {
		c.role = roleOther
	}
	if c.part == partGrowth && c.unit == "" {
		c.unit = Percent // a growth column with no unit printed is in percent: 增速 is a rate
	}
	return c
}

// allParts reports whether every word of a second line names a part
// (绝对值, 增速).
func allParts(subs []headCell) bool {
	for _, s := range subs {
		if !s.word.sub() {
			return false
		}
	}
	return true
}

// groupParts cuts a second line of part words into the groups each split
// column has: a group ends where a part repeats (绝对值 增速 | 绝对值 增速).
func groupParts(subs []headCell) [][]headCell {
	var groups [][]headCell
	for _, s := range subs {
		n := len(groups)
		if n == 0 || hasPart(groups[n-1], s.word.part) {
			groups = append(groups, nil)
			n++
		}
		groups[n-1] = append(groups[n-1], s)
	}
	return groups
}

func hasPart(g []headCell, p part) bool {
	for _, s := range g {
		if s.word.part == p {
			return true
		}
	}
	return false
}

// splitByParts reads a second line of part words under the target and
// actual columns (or bare years) above: each group of parts splits one of
// them. With as many groups as such columns, the reading is certain; with
// fewer, every choice of columns is a reading.
func splitByParts(top, subs []headCell) [][]column {
	groups := groupParts(subs)
	var parents []int
	for i, h := range top {
		if h.word.yearOnly || (h.word.role == roleTarget || h.word.role == roleActual) && !h.word.sub() {
			parents = append(parents, i)
		}
	}
	if len(groups) == 0 || len(groups) > len(parents) {
		return nil
	}
	var readings [][]column
	for _, chosen := range chooseSplits(parents, len(groups)) {
		readings = append(readings, expand(top, chosen, groups))
	}
	return readings
}

// expand writes the columns of a header whose columns at the chosen
// indexes are split by the groups, in order.
func expand(top []headCell, chosen []int, groups [][]headCell) []column {
	var cols []column
	g := 0
	for i, h := range top {
		if g < len(chosen) && chosen[g] == i {
			parent := columnOf(h)
			if h.word.yearOnly {
				parent.role = yearRole(top, h)
			}
			for k, s := range groups[g] {
				c := parent
				c.part, c.head = s.word.part, h.text+"/"+s.text
				c.unit = s.word.unit
				if c.part == partGrowth && c.unit == "" {
					c.unit = Percent
				}
				if parent.col >= 0 {
					c.col = parent.col + k
				}
				cols = append(cols, c)
			}
			g++
			continue
		}
		cols = append(cols, columnOf(h))
	}
	return cols
}

// maxReadings bounds the readings of a header that the rows under it
// choose among: a real second line leaves two or three columns in doubt;
// a header that leaves more is read the one way a plan most often prints,
// its last columns split.
const maxReadings = 16

// chooseSplits returns the ways to choose k of the items, in order; the
// last k alone when there would be more than maxReadings.
func chooseSplits(items []int, k int) [][]int {
	if ways(len(items), k) > maxReadings {
		return [][]int{items[len(items)-k:]}
	}
	return choose(items, k)
}

// ways is the number of ways to choose k of n, stopping once past
// maxReadings.
func ways(n, k int) int {
	k = min(k, n-k) // C(n, k) = C(n, n-k), and the product rises to it
	w := 1
	for i := 0; i < k && w <= maxReadings; i++ {
		w = w * (n - i) / (i + 1)
	}
	return w
}

// choose returns every way to choose k of the items, in order.
func choose(items []int, k int) [][]int {
	if k == 0 {
		return [][]int{nil}
	}
	var out [][]int
	for i := 0; i+k <= len(items); i++ {
		for _, rest := range choose(items[i+1:], k-1) {
			out = append(out, append([]int{items[i]}, rest...))
		}
	}
	return out
}

// splitByYear reads a second line of column words under bare years
// (2023年 | 2024年 over 目标 | 完成 | 目标): each year heads one word of the
// second line or more, in order. Where the grid shows the columns the
// words stand under their years; in a flow, every way of sharing the words
// out is a reading (sureFirst and the rows choose among them).
func splitByYear(top, subs []headCell) [][]column {
	var years []int // the indexes of the bare years in top
	for i, h := range top {
		if h.word.yearOnly {
			years = append(years, i)
		}
	}
	if len(years) == 0 || len(subs) < len(years) {
		return nil
	}
	all, placed := shares(len(subs), len(years)), false
	if counts, ok := gridShare(top, subs, years); ok {
		all, placed = [][]int{counts}, true
	}
	var out [][]column
	for _, counts := range all {
		if cols, ok := yearColumns(top, subs, counts, placed); ok {
			out = append(out, cols)
		}
	}
	return out
}

// gridShare is how many words of the second line stand under each year
// where the grid shows their columns: those from the year's column up to
// the next header cell's.
func gridShare(top, subs []headCell, years []int) ([]int, bool) {
	counts := make([]int, len(years))
	for _, s := range subs {
		if s.col < 0 {
			return nil, false
		}
		for k, i := range years {
			end := math.MaxInt
			if i+1 < len(top) {
				end = top[i+1].col
			}
			if top[i].col < 0 {
				return nil, false
			}
			if s.col >= top[i].col && s.col < end {
				counts[k]++
			}
		}
	}
	total := 0
	for _, c := range counts {
		if c == 0 {
			return nil, false
		}
		total += c
	}
	return counts, total == len(subs)
}

// shares lists the ways to share n words out to k years in order, each
// year one word or more: the even share first, then the others while they
// are few (maxReadings).
func shares(n, k int) [][]int {
	var out [][]int
	if n%k == 0 {
		even := make([]int, k)
		for i := range even {
			even[i] = n / k
		}
		out = append(out, even)
	}
	if ways(n-1, k-1) > maxReadings {
		return out
	}
	cuts := make([]int, n-1)
	for i := range cuts {
		cuts[i] = i + 1
	}
	for _, c := range choose(cuts, k-1) {
		counts := make([]int, k)
		prev := 0
		for i, cut := range append(c, n) {
			counts[i], prev = cut-prev, cut
		}
		if n%k != 0 || !slices.Equal(counts, out[0]) {
			out = append(out, counts)
		}
	}
	return out
}

// yearColumns reads the columns of a header whose k-th year heads
// counts[k] words of the second line. Where the grid placed the words
// under their year (placed), any word may stand there (2020年 over 目标 |
// 属性); where only their order tells, only a target's or a result's.
func yearColumns(top, subs []headCell, counts []int, placed bool) ([]column, bool) {
	var cols []column
	next, y := 0, 0
	for _, h := range top {
		if !h.word.yearOnly {
			cols = append(cols, columnOf(h))
			continue
		}
		for k, s := range subs[next : next+counts[y]] {
			if !s.word.known || s.word.yearOnly || !placed && !underYear(s.word) {
				return nil, false
			}
			c := columnOf(s)
			c.year, c.head = h.word.year, h.text+s.text
			if h.col >= 0 {
				c.col = h.col + k
			}
			cols = append(cols, c)
		}
		next += counts[y]
		y++
	}
	return cols, true
}

// underYear reports whether a header word may stand under a year: a
// target or a result, or a part of one (绝对值, 增速), not a column of its
// own such as 属性 or 单位.
func underYear(w headWord) bool {
	return w.role == roleTarget || w.role == roleActual || w.sub()
}

// sureFirst keeps, of several readings of a header, those whose target
// year the header proves (oneTargetYear needed no guess), when there are
// any: 2023年 over 目标 | 完成 beside 2024年 over 目标 proves the 2024
// targets, where 2023年 over 目标 beside 2024年 over 完成 | 目标 does not.
func sureFirst(rs []reading) []reading {
	var sure []reading
	for _, r := range rs {
		if !r.yearGuess {
			sure = append(sure, r)
		}
	}
	if len(sure) == 0 || len(sure) == len(rs) {
		return rs
	}
	return sure
}

// complete reports whether columns make a target table: a name and a target.
func complete(cols []column) bool {
	var name, target bool
	for _, c := range cols {
		name = name || c.role == roleName
		target = target || c.role == roleTarget
	}
	return name && target
}

// withCategory reads a second name column as the sub-row's, and gives a
// table with no category or number column the ones a page leaves
// unheaded, before the name: many pages print a category in the first
// cell of its group's first row, or number their rows, with nothing over
// the column.
func withCategory(cols []column) []column {
	seenName := false
	for i := range cols {
		if cols[i].role == roleName {
			if seenName {
				cols[i].role = roleSubName
			}
			seenName = true
		}
	}
	var category, number bool
	for _, c := range cols {
		category = category || c.role == roleCategory
		number = number || c.role == roleNumber
	}
	if !number {
		at := 0
		for at < len(cols) && cols[at].role != roleName {
			at++
		}
		cols = append(cols[:at:at], append([]column{{role: roleNumber, col: -1, implicit: true}}, cols[at:]...)...)
	}
	if !category {
		cols = append([]column{{role: roleCategory, col: -1, implicit: true}}, cols...)
	}
	return cols
}

// subWords writes the words of a second header line for a message.
func subWords(subs []headCell) string {
	words := make([]string, len(subs))
	for i, h := range subs {
		words[i] = h.text
	}
	return strings.Join(words, " | ")
}

// splitNames names the columns a reading splits, for a message.
func splitNames(cols []column) string {
	var names []string
	for _, c := range cols {
		parent, _, _ := strings.Cut(c.head, "/")
		if c.part != partWhole && !slices.Contains(names, parent) {
			names = append(names, parent)
		}
	}
	return strings.Join(names, " and ")
}
