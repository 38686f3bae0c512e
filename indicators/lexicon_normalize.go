package indicators

import (
	"strings"
	"unicode"
)

// Normalize folds a cell of a plan into the form the grammar reads: full-width
// letters, digits and signs become ASCII (６.５％ → 6.5%), the ideographic
// space becomes a space, and the traditional characters that plan tables use
// become simplified (以內 → 以内, 達到 → 达到), and the minus sign (−) is a
// hyphen-minus. Surrounding space is trimmed.
func Normalize(s string) string {
	for i, r := range s {
		if foldRune(r) != r {
			return strings.TrimSpace(s[:i] + fold(s[i:]))
		}
	}
	return strings.TrimSpace(s)
}

// fold maps every rune of s with foldRune.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune maps one rune to its narrow, simplified form.
func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000 || r == 0xA0:
		return ' '
	case r == '−': // the minus sign of typeset tables
		return '-'
	}
	if r >= 0x4E00 {
		return traditional().simplify(r)
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}

// tradTable maps the traditional characters found in reposted plans to
// their simplified forms (traditional.txt).
type tradTable struct {
	simple map[rune]rune
	marked *[(0x9FFF - 0x4E00 + 64) / 64]uint64 // the ideographs in simple, by bit
}

// simplify maps one ideograph; most are not traditional forms, and the bit
// set passes them over without a map lookup.
func (t *tradTable) simplify(r rune) rune {
	if r <= 0x9FFF && t.marked[(r-0x4E00)/64]&(1<<((r-0x4E00)%64)) == 0 {
		return r
	}
	if s, ok := t.simple[r]; ok {
		return s
	}
	return r
}

// markIdeographs sets a bit for each key of m in the ideograph block.
func markIdeographs(m map[rune]rune) *[(0x9FFF - 0x4E00 + 64) / 64]uint64 {
	var bits [(0x9FFF - 0x4E00 + 64) / 64]uint64
	for r := range m {
		if r >= 0x4E00 && r <= 0x9FFF {
			bits[(r-0x4E00)/64] |= 1 << ((r - 0x4E00) % 64)
		}
	}
	return &bits
}
