package indicators

import "strings"

// prepare folds a target cell and rewrites the ways of printing a figure
// that the clause grammar does not cut at: thousands separators (12,000),
// a ratio to one (1.68:1以内), a stretch in brackets (7%左右(力争8%)) and a
// span of years (2023-2025年). Brackets that hold another year's figure
// (6%(上年实绩8%)) are taken out and returned as asides, for the note.
func prepare(cell string) (s string, asides []string) {
	s = strings.ReplaceAll(Normalize(cell), " ", "")
	s, asides = takeAsides(s)
	s = ungroupThousands(s)
	s = dropRatioToOne(s)
	s = yearSpans().ReplaceAllString(s, "${1}${2}年${3}${4}")
	return unbracketStretch(s), asides
}

// yearSpans matches a span of years whose first year has no 年 of its
// own (2023-2025年), so that it is read as a year and not as a figure.
var yearSpans = lazyRegexp(`(^|[^0-9.])((?:19|20)\d\d)([-–—~至到])((?:19|20)\d\d年)`)

// takeAsides takes out the brackets of a cell that hold another year's or
// a result's figure (6%(上年实绩8%), 5%(2025年8%)): they are said beside the
// target and are no part of it.
func takeAsides(s string) (string, []string) {
	if !strings.Contains(s, "(") {
		return s, nil
	}
	var b strings.Builder
	var asides []string
	for {
		open, shut := nextBracket(s)
		if shut < 0 {
			b.WriteString(s)
			return b.String(), asides
		}
		inner := s[open+1 : shut]
		if len(scanFigures(inner)) > 0 && (hasAny(inner, asideWords...) || namesYear(inner)) {
			b.WriteString(s[:open])
			asides = append(asides, s[open:shut+1])
		} else {
			b.WriteString(s[:shut+1])
		}
		s = s[shut+1:]
	}
}

// namesYear reports whether a text names a year (2025年).
func namesYear(s string) bool {
	for i := 0; i < len(s); {
		f, ok := figureAt(s, i)
		if ok && isYear(f) {
			return true
		}
		if ok {
			i = f.end
			continue
		}
		i = skipNonFigure(s, i)
	}
	return false
}

// ungroupThousands takes the thousands separators out of the numbers of s
// (1,200万元以上 → 1200万元以上), so that the comma is left to cut clauses.
// A comma that does not start a group of three digits is a clause mark.
func ungroupThousands(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || (i > 0 && (isDigit(s[i-1]) || s[i-1] == '.')) {
			b.WriteByte(s[i])
			i++
			continue
		}
		digits, n := scanGrouped(s[i:])
		b.WriteString(digits)
		i += n
	}
	return b.String()
}

// dropRatioToOne reads 1.68:1 as 1.68: a ratio to one is the number before
// the colon, which would otherwise cut the cell into two clauses.
func dropRatioToOne(s string) string {
	for _, colon := range []string{":1", "∶1"} {
		if !strings.Contains(s, colon) {
			continue
		}
		var b strings.Builder
		for {
			j := strings.Index(s, colon)
			if j < 0 {
				break
			}
			end := j + len(colon)
			toOne := j > 0 && isDigit(s[j-1]) && (end == len(s) || !isDigit(s[end]) && s[end] != '.')
			if toOne {
				b.WriteString(s[:j])
			} else {
				b.WriteString(s[:end])
			}
			s = s[end:]
		}
		b.WriteString(s)
		s = b.String()
	}
	return s
}

// unbracketStretch reads 7%左右(力争8%) as 7%左右,力争8%: a bracket that
// opens with 力争, 争取 or 努力 holds the stretch of the figure before it. A
// marker after the bracket belongs to both (3%(力争2.5%)以内 is
// 3%以内,力争2.5%以内).
func unbracketStretch(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	for {
		open, shut := nextBracket(s)
		if shut < 0 {
			b.WriteString(s)
			return b.String()
		}
		inner := s[open+1 : shut]
		if mod, _ := cutModifier(inner); open == 0 || !isStretch(mod) {
			b.WriteString(s[:open+1])
			s = s[open+1:]
			continue
		}
		rest, marker := s[shut+1:], ""
		if m, ok := suffixMarker(rest); ok {
			marker, rest = m.word, rest[len(m.word):]
		}
		b.WriteString(s[:open] + marker + "," + inner + marker)
		s = rest
	}
}

// nextBracket finds the first bracketed stretch of a prepared cell: the
// byte offsets of its ( and its ); shut is -1 when there is none.
func nextBracket(s string) (open, shut int) {
	open = strings.IndexByte(s, '(')
	if open < 0 {
		return -1, -1
	}
	if shut = strings.IndexByte(s[open:], ')'); shut < 0 {
		return open, -1
	}
	return open, open + shut
}
