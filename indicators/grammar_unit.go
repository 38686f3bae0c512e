package indicators

import (
	"fmt"
	"strconv"
	"strings"
)

// Unit is a unit as a plan prints it: an optional multiplier (万, 亿, 万亿)
// before a base unit (人, 元, 美元, 吨 …), or one of the rate units %, ‰ and
// 个百分点, which share the base "%".
type Unit struct {
	Mult float64 // the multiplier: 1e4 for 万, 0.1 for ‰
	Base string  // the base unit: "人", "美元", "%"; "" for a bare number
}

// Percent is the base of the rate units.
const Percent = "%"

// rateUnits are the units of rates, in order of matching.
var rateUnits = []struct {
	text string
	mult float64
}{
	{"个百分点", 1}, {"百分点", 1}, {"pp", 1}, {"%", 1}, {"‰", 0.1},
}

// baseUnits are the base units a figure may carry, longest first where one
// is a prefix of another.
var baseUnits = []string{
	"微克/立方米", "毫克/立方米", "人/亿元", "人/万人", "人/万车", "吨/万元", "吨标准煤", "L/d", "分贝",
	"平方公里", "平方米", "立方米", "千瓦时", "千瓦", "公里", "千米", "公顷",
	"美元", "元", "人次", "人年", "人", "吨", "斤", "家", "个", "天", "年", "岁", "亩",
	"户", "套", "所", "名", "张", "辆", "件", "项", "类", "倍", "次", "床", "座",
	"条", "台", "标箱", "艘", "米", "处", "小时", "分钟", "兆瓦", "千克", "公斤", "标煤", "宗", "例",
	"批", "份", "篇", "级", "起", "x",
}

// multipliers are the Chinese multipliers that may stand before a base unit.
var multipliers = []struct {
	text string
	mult float64
}{
	{"万亿", 1e12}, {"亿", 1e8}, {"万", 1e4},
}

// ParseUnit reads a unit as printed ("万人", "亿美元", "‰", "人/亿元").
// The empty string is the unit of a bare number. It reports false for text
// that is not a unit it knows.
func ParseUnit(s string) (Unit, bool) {
	s = Normalize(s)
	if s == "" {
		return Unit{Mult: 1}, true
	}
	u, n := scanUnit(s)
	if n != len(s) {
		return Unit{}, false
	}
	return u, true
}

// scanUnit reads the longest unit at the start of s and returns it with the
// number of bytes it took; n is 0 when no unit starts there. A unit per
// another (万元/人, 元/人年) is one unit whose base is the ratio.
func scanUnit(s string) (u Unit, n int) {
	u, n = scanSimpleUnit(s)
	if n == 0 || u.Base == "" || u.Base == Percent || !strings.HasPrefix(s[n:], "/") {
		return u, n
	}
	per, m := scanSimpleUnit(s[n+1:])
	if m == 0 || per.Base == "" || per.Base == Percent {
		return u, n
	}
	return Unit{Mult: u.Mult / per.Mult, Base: u.Base + "/" + per.Base}, n + 1 + m
}

// scanSimpleUnit reads a unit with no ratio in it at the start of s.
func scanSimpleUnit(s string) (u Unit, n int) {
	for _, r := range rateUnits {
		if strings.HasPrefix(s, r.text) {
			return Unit{Mult: r.mult, Base: Percent}, len(r.text)
		}
	}
	if b := prefixIn(s, baseUnits); b != "" {
		return Unit{Mult: 1, Base: b}, len(b)
	}
	for _, m := range multipliers {
		if !strings.HasPrefix(s, m.text) {
			continue
		}
		rest := s[len(m.text):]
		if b := prefixIn(rest, baseUnits); b != "" {
			return Unit{Mult: m.mult, Base: b}, len(m.text) + len(b)
		}
		return Unit{Mult: m.mult}, len(m.text)
	}
	return Unit{Mult: 1}, 0
}

// prefixIn returns the first of list that s starts with, or "".
func prefixIn(s string, list []string) string {
	for _, p := range list {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
}

// Convert expresses v, a figure in unit from, in unit to. It fails when the
// two units measure different things (吨 and %).
func Convert(v float64, from, to string) (float64, error) {
	uf, ok := ParseUnit(from)
	if !ok {
		return 0, fmt.Errorf("unknown unit %q", from)
	}
	ut, ok := ParseUnit(to)
	if !ok {
		return 0, fmt.Errorf("unknown unit %q", to)
	}
	if uf.Base != ut.Base {
		return 0, fmt.Errorf("unit %s does not fit a target in %s", showUnit(from), showUnit(to))
	}
	return v * uf.Mult / ut.Mult, nil
}

// showUnit names a unit in a message; the bare number has no unit.
func showUnit(u string) string {
	if u == "" {
		return "a bare number"
	}
	return u
}

// ParseFigure reads a figure as a person writes it in a data file: a number,
// optionally signed, with an optional unit ("6.1%", "10.2万人", "-0.3%",
// "1.43 %"). Digits may be grouped in threes by commas, ASCII or
// full-width ("3,800,000", "３，８００，０００"). It fails on anything else,
// and on a number beyond MaxFigure.
func ParseFigure(s string) (value float64, unit string, err error) {
	t := strings.ReplaceAll(Normalize(s), " ", "")
	if t == "" {
		return 0, "", fmt.Errorf("empty figure")
	}
	sign := 1.0
	switch {
	case strings.HasPrefix(t, "-"):
		sign = -1
		t = t[1:]
	case strings.HasPrefix(t, "+"):
		t = t[1:]
	}
	if t == "" || !isDigit(t[0]) {
		return 0, "", fmt.Errorf("%s is not a figure: write a number with an optional unit, such as 6.1%% or 10.2万人", quoteShort(s))
	}
	digits, end := scanGrouped(t)
	if end < len(t) && t[end] == ',' {
		return 0, "", fmt.Errorf("%s: a comma in a figure separates thousands, in groups of three digits (3,800,000); write decimals with a point", quoteShort(s))
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil || !IsFigure(v) {
		return 0, "", fmt.Errorf("%s is larger than any figure a plan sets (at most %g)", quoteShort(s), MaxFigure)
	}
	unit = t[end:]
	if _, ok := ParseUnit(unit); !ok {
		return 0, "", fmt.Errorf("%s: unknown unit %s", quoteShort(s), quoteShort(unit))
	}
	return sign * v, unit, nil
}

// scanGrouped reads the number at the start of t, whose whole part may be
// grouped in threes by commas (3,800,000.5). It returns the number without
// its commas and the bytes it took, stopping before a comma that does not
// start a group of three digits (3,80 or 38,00,000): that may be a decimal
// comma or a clause mark, and is not guessed at.
func scanGrouped(t string) (digits string, n int) {
	head := 0
	for head < len(t) && isDigit(t[head]) {
		head++
	}
	const group = 3 // digits between thousands separators
	if head > group || !startsGroup(t, head) {
		n = scanNumber(t, 0)
		return t[:n], n
	}
	var b strings.Builder
	b.WriteString(t[:head])
	i := head
	for startsGroup(t, i) {
		b.WriteString(t[i+1 : i+1+group])
		i += 1 + group
	}
	end := scanNumber(t, i)
	b.WriteString(t[i:end])
	return b.String(), end
}

// startsGroup reports whether a thousands group (,000) starts at byte i of
// t: a comma, three digits, and no fourth digit.
func startsGroup(t string, i int) bool {
	const width = 4 // the comma and three digits
	return i+width <= len(t) && t[i] == ',' && allDigits(t[i+1:i+width]) &&
		(i+width == len(t) || !isDigit(t[i+width]))
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// quoteShort quotes a text for a message, cut to a length a person reads:
// a 400-digit number need not be printed whole.
func quoteShort(s string) string {
	const most = 24 // runes: enough for any real figure with its unit
	if r := []rune(s); len(r) > most {
		s = string(r[:most]) + "…"
	}
	return strconv.Quote(s)
}
