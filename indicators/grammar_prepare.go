package indicators

import "strings"

// prepare folds a target cell and rewrites the ways of printing a figure
// that the clause grammar does not cut at: thousands separators (12,000),
// a ratio to one (1.68:1以内) and a stretch in brackets (7%左右(力争8%)).
func prepare(cell string) string {
	s := strings.ReplaceAll(Normalize(cell), " ", "")
	s = ungroupThousands(s)
	s = dropRatioToOne(s)
	return unbracketStretch(s)
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
		for i := 0; ; {
			j := strings.Index(s[i:], colon)
			if j < 0 {
				break
			}
			j += i
			end := j + len(colon)
			if j > 0 && isDigit(s[j-1]) && (end == len(s) || !isDigit(s[end]) && s[end] != '.') {
				s = s[:j] + s[end:]
				i = j
				continue
			}
			i = end
		}
	}
	return s
}

// unbracketStretch reads 7%左右(力争8%) as 7%左右,力争8%: a bracket that
// opens with 力争, 争取 or 努力 holds the stretch of the figure before it.
func unbracketStretch(s string) string {
	for i := 0; ; {
		open := strings.IndexByte(s[i:], '(')
		if open < 0 {
			return s
		}
		open += i
		shut := strings.IndexByte(s[open:], ')')
		if shut < 0 {
			return s
		}
		shut += open
		if mod, _ := cutModifier(s[open+1 : shut]); isStretch(mod) && open > 0 {
			s = s[:open] + "," + s[open+1:shut] + s[shut+1:]
			i = shut
			continue
		}
		i = open + 1
	}
}
