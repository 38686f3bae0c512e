package check

import (
	"fmt"
	"regexp"
	"strconv"
)

// Period is the part of a year that a file's figures cover, from January:
// the whole year, a quarter (2023-Q2 is January to June) or the months to
// date (2023-05 is January to May).
type Period struct {
	Year   int
	Months int    // months elapsed: 12 for the whole year
	Text   string // as written: "2023", "2023-Q2", "2023-05"
}

// periodForm matches the three forms of a period.
var periodForm = regexp.MustCompile(`^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$`)

// ParsePeriod reads "2023", "2023-Q1" … "2023-Q4" or "2023-01" … "2023-12".
func ParsePeriod(s string) (Period, error) {
	m := periodForm.FindStringSubmatch(s)
	if m == nil {
		return Period{}, fmt.Errorf("period %q: write the year (2023), a quarter (2023-Q2) or a month to date (2023-05)", s)
	}
	p := Period{Months: 12, Text: s}
	p.Year, _ = strconv.Atoi(m[1])
	switch {
	case m[2] != "":
		q, _ := strconv.Atoi(m[2])
		p.Months = 3 * q
	case m[3] != "":
		p.Months, _ = strconv.Atoi(m[3])
	}
	return p, nil
}

// FullYear reports whether the period covers the whole year.
func (p Period) FullYear() bool { return p.Months == 12 }
