package check

import (
	"fmt"
	"strconv"
)

// readPeriod reads the file's period and reconciles it with the one the
// command line gives: a file must say which months its figures cover, or
// the caller must; when both do, they must agree. It returns the zero
// Period when there is none to judge by.
func (l *loader) readPeriod(v any) Period {
	given, ok := l.givenPeriod()
	if !ok {
		return Period{}
	}
	if v == nil {
		if given.Months == 0 {
			l.addAt(0, "period", problemf(l.periodHint(), "no period: the file does not say which months its figures cover"))
		}
		return given
	}
	p, ok := l.filePeriod(v)
	if !ok {
		return Period{}
	}
	if given.Months != 0 && (p.Year != given.Year || p.Months != given.Months) {
		l.add("", "period", problemf("drop one of them, or make them agree",
			"the file's period %s is not the period given with --period, %s", p.Text, given.Text))
		return Period{}
	}
	return p
}

// givenPeriod reads the period given by the caller: the zero Period when
// none is given, false when it is not one of the plan's year.
func (l *loader) givenPeriod() (Period, bool) {
	if l.opts.Period == "" {
		return Period{}, true
	}
	p, err := ParsePeriod(l.opts.Period)
	if err != nil {
		l.addAt(0, "", fmt.Errorf("--period: %v", err))
		return Period{}, false
	}
	if year := l.plan.Info.Year; year != 0 && p.Year != year {
		l.addAt(0, "", fmt.Errorf("--period %s is outside the plan year %d", p.Text, year))
		return Period{}, false
	}
	return p, true
}

// filePeriod reads the period a file gives, which must fall in the plan's
// year.
func (l *loader) filePeriod(v any) (Period, bool) {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case int64:
		s = strconv.FormatInt(x, 10)
	default:
		l.add("", "period", problemf(l.periodHint(), "must be a string such as \"2023\", \"2023-Q2\" or \"2023-05\""))
		return Period{}, false
	}
	p, err := ParsePeriod(s)
	if err != nil {
		l.add("", "period", err)
		return Period{}, false
	}
	if year := l.plan.Info.Year; year != 0 && p.Year != year {
		l.errorf("", "period", "period %s is outside the plan year %d", s, year)
		return Period{}, false
	}
	return p, true
}

// periodHint names the fix for a missing or malformed period, in the
// plan's year.
func (l *loader) periodHint() string {
	year := "YYYY"
	if l.plan.Info.Year != 0 {
		year = strconv.Itoa(l.plan.Info.Year)
	}
	return fmt.Sprintf(`add a line such as period = "%s-Q1" (January to March; "%s" is the whole year, "%s-05" January to May), or give --period`, year, year, year)
}

// valuePeriod reads the period of one figure that covers other months than
// the file (a January-to-May figure in a first-half file). It must be of
// the plan's year and no later than the file's period.
func (l *loader) valuePeriod(v any, val *Value) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("period must be a string such as \"2023-05\"")
	}
	p, err := ParsePeriod(s)
	if err != nil {
		return err
	}
	if p.Year != l.plan.Info.Year {
		return fmt.Errorf("period %s is outside the plan year %d", s, l.plan.Info.Year)
	}
	if l.period.Months != 0 && p.Months > l.period.Months {
		return problemf("a file holds the figures known by its period: check the figure's period or the file's",
			"period %s is later than the file's period %s", s, l.period.Text)
	}
	val.Period = &p
	return nil
}
