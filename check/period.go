package check

import (
	"fmt"
	"strconv"
	"strings"
)

// Period is the part of a year that a file's figures cover, from January:
// the whole year, a quarter (2023-Q2 is January to June) or the months to
// date (2023-05 is January to May).
type Period struct {
	Year   int
	Months int    // months elapsed: 12 for the whole year
	Text   string // as written: "2023", "2023-Q2", "2023-05"
}

// ParsePeriod reads "2023", "2023-Q1" … "2023-Q4" or "2023-01" … "2023-12".
func ParsePeriod(s string) (Period, error) {
	bad := fmt.Errorf("period %q: write the year (2023), a quarter (2023-Q2) or a month to date (2023-05)", s)
	year, part, _ := strings.Cut(s, "-")
	y, err := strconv.Atoi(year)
	if err != nil || len(year) != 4 || y < 1000 {
		return Period{}, bad
	}
	p := Period{Year: y, Months: 12, Text: s}
	switch {
	case !strings.Contains(s, "-"):
	case len(part) == 2 && part[0] == 'Q' && part[1] >= '1' && part[1] <= '4':
		p.Months = 3 * int(part[1]-'0')
	case len(part) == 2 && isDigits(part) && part >= "01" && part <= "12":
		p.Months, _ = strconv.Atoi(part)
	default:
		return Period{}, bad
	}
	return p, nil
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// FullYear reports whether the period covers the whole year.
func (p Period) FullYear() bool { return p.Months == 12 }
