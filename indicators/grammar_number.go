package indicators

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// figure is a number with its unit as it stands in a clause.
type figure struct {
	start, end int // byte offsets of the number and its unit
	value      float64
	unit       string // the unit as printed; "" for a bare number
}

// scanFigures finds the figures of a normalized clause, in order, with
// their signs. Years (2005年) and numbers inside names (PM2.5) are not figures.
func scanFigures(s string) []figure {
	var figs []figure
	for i := 0; i < len(s); {
		f, ok := figureAt(s, i)
		if !ok {
			i = skipNonFigure(s, i)
			continue
		}
		if !isYear(f) && !isDuration(s, f) {
			figs = append(figs, signed(s, f, figs))
		}
		i = f.end
	}
	return figs
}

// isDuration reports whether f is a length of time (the 3年 of
// 3年累计增长15%) rather than a figure.
func isDuration(s string, f figure) bool {
	return f.unit == "年" && hasPrefixAny(s[f.end:], durationEnds...)
}

// signed gives f the minus sign that stands before it (-3.5%, 增长-1%),
// unless the sign follows the figure before it and so joins a range (5%-6%).
func signed(s string, f figure, before []figure) figure {
	minus := f.start - 1
	if minus < 0 || s[minus] != '-' || f.unit == "类" {
		return f
	}
	if n := len(before); n > 0 && before[n-1].end == minus {
		return f
	}
	f.start, f.value = minus, -f.value
	return f
}

// skipNonFigure passes over what starts at byte i when it is not a figure:
// the whole number of a name (the 2.5 of PM2.5), else one rune.
func skipNonFigure(s string, i int) int {
	if isDigit(s[i]) {
		return scanNumber(s, i)
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

// figureAt reads a figure that starts at byte i of s, if one does.
func figureAt(s string, i int) (figure, bool) {
	switch {
	case isDigit(s[i]):
		if i > 0 && isASCIILetter(s[i-1]) {
			return figure{}, false // PM2.5, COD5
		}
		j := scanNumber(s, i)
		v, err := strconv.ParseFloat(s[i:j], 64)
		if err != nil {
			return figure{}, false
		}
		u, n := scanUnit(s[j:])
		f := figure{start: i, end: j + n, value: v, unit: s[j : j+n]}
		if u.Base == "" && u.Mult == 1 {
			f.unit = ""
		}
		return f, true
	case strings.HasPrefix(s[i:], "千分之"), strings.HasPrefix(s[i:], "百分之"):
		return fractionAt(s, i)
	case strings.HasPrefix(s[i:], "翻一番"), strings.HasPrefix(s[i:], "翻一翻"):
		return figure{start: i, end: i + len("翻一番"), value: 2, unit: "x"}, true
	case strings.HasPrefix(s[:i], "优于"):
		return classAt(s, i)
	}
	return figure{}, false
}

// scanNumber returns the end of the decimal number that starts at i.
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}

// isYear reports whether f is a year such as the 2005 of 比2005年.
func isYear(f figure) bool {
	return f.unit == "年" && f.value >= 1900 && f.value <= 2100 && f.value == float64(int(f.value))
}

// fractionAt reads 千分之四点五 (4.5‰) or 百分之五 (5%).
func fractionAt(s string, i int) (figure, bool) {
	unit := "‰"
	if strings.HasPrefix(s[i:], "百分之") {
		unit = "%"
	}
	j := i + len("千分之")
	v, n := chineseNumber(s[j:])
	if n == 0 {
		return figure{}, false
	}
	return figure{start: i, end: j + n, value: v, unit: unit}, true
}

// classAt reads a water-quality class in Roman numerals (优于Ⅱ类).
func classAt(s string, i int) (figure, bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r < 'Ⅰ' || r > 'Ⅵ' || !strings.HasPrefix(s[i+size:], "类") {
		return figure{}, false
	}
	return figure{start: i, end: i + size + len("类"), value: float64(r-'Ⅰ') + 1, unit: "类"}, true
}

// chineseNumber reads a number written in Chinese numerals (四点五, 十二) at
// the start of s and returns it with the bytes it took.
func chineseNumber(s string) (float64, int) {
	var total, cur float64
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if d := strings.IndexRune("零一二三四五六七八九", r); d >= 0 {
			cur = float64(d / len("一"))
		} else if r == '两' {
			cur = 2
		} else if r == '十' || r == '百' {
			m := 10.0
			if r == '百' {
				m = 100
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * m
			cur = 0
		} else if r == '点' {
			frac, fn := chineseDigits(s[n+size:])
			if fn == 0 {
				break
			}
			return total + cur + frac, n + size + fn
		} else {
			break
		}
		n += size
	}
	return total + cur, n
}

// chineseDigits reads the digits after 点 as a decimal fraction.
func chineseDigits(s string) (float64, int) {
	var digits strings.Builder
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		d := strings.IndexRune("零一二三四五六七八九", r)
		if d < 0 {
			break
		}
		digits.WriteByte(byte('0' + d/len("一")))
		n += size
	}
	if n == 0 {
		return 0, 0
	}
	v, _ := strconv.ParseFloat("0."+digits.String(), 64)
	return v, n
}

func isDigit(b byte) bool       { return b >= '0' && b <= '9' }
func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }
