package check

import (
	"math"
	"strconv"

	"plan/indicators"
)

// band is an interval of actual figures; an infinite end is unbounded.
type band struct {
	lo, hi         float64
	loOpen, hiOpen bool // the end itself is outside the band
}

// has reports whether a lies in the band.
func (b band) has(a float64) bool {
	if a < b.lo || (b.loOpen && a == b.lo) {
		return false
	}
	return a <= b.hi && !(b.hiOpen && a == b.hi)
}

// Thresholds are the bands in force for one indicator: an actual in pass
// passes, one in warn warns, anything else fails. Ref is the figure the
// bands were drawn from (the target, or the reference's actual).
type Thresholds struct {
	Pass, Warn band
	Ref        float64
	Unit       string
}

// Classify judges an actual figure.
func (th Thresholds) Classify(a float64) Status {
	switch {
	case th.Pass.has(a):
		return Pass
	case th.Warn.has(a):
		return Warn
	}
	return Fail
}

// direction is which side of a figure passes.
type direction int

const (
	up      direction = iota // at least the figure
	down                     // at most the figure
	between                  // about the figure, either side
)

// directionOf reads a polarity as the side that passes.
func directionOf(p indicators.Polarity) direction {
	switch p {
	case indicators.Lower:
		return down
	case indicators.Neutral:
		return between
	}
	return up
}

// thresholds draws the bands of a rule whose figure is x (for a range, low
// and high), under the tolerances tol.
func thresholds(kind indicators.Kind, pol indicators.Polarity, lo, hi float64, unit string, tol Tolerances) Thresholds {
	inf := math.Inf(1)
	th := Thresholds{Ref: lo, Unit: unit}
	x := lo
	w := tol.Warn.Of(x, unit)
	if kind == indicators.Target {
		kind = targetKind(directionOf(pol))
	}
	switch kind {
	case indicators.AtLeast:
		th.Pass, th.Warn = band{lo: x, hi: inf}, band{lo: x - w, hi: inf}
	case indicators.Above:
		th.Pass, th.Warn = band{lo: x, hi: inf, loOpen: true}, band{lo: x - w, hi: inf}
	case indicators.AtMost:
		th.Pass, th.Warn = band{lo: -inf, hi: x}, band{lo: -inf, hi: x + w}
	case indicators.Below:
		th.Pass, th.Warn = band{lo: -inf, hi: x, hiOpen: true}, band{lo: -inf, hi: x + w}
	case indicators.About:
		t := tol.About.Of(x, unit)
		th.Pass, th.Warn = around(x-t, x+t, w, directionOf(pol))
	case indicators.Range:
		th.Ref = hi
		wl, wh := tol.Warn.Of(lo, unit), tol.Warn.Of(hi, unit)
		th.Pass, th.Warn = around(lo, hi, 0, directionOf(pol))
		th.Warn.lo, th.Warn.hi = th.Pass.lo-wl, th.Pass.hi+wh
		if directionOf(pol) == up {
			th.Ref = lo
		}
	}
	th.Pass, th.Warn = th.Pass.rounded(), th.Warn.rounded()
	return th
}

// targetKind is how a bare target (5.5%) is read by the side that passes:
// at least it when higher is better, at most when lower is, about it when
// either way off is a miss.
func targetKind(d direction) indicators.Kind {
	switch d {
	case down:
		return indicators.AtMost
	case between:
		return indicators.About
	}
	return indicators.AtLeast
}

// around draws the bands of a figure that passes from lo to hi: open above
// for up, open below for down, and w wider for warn.
func around(lo, hi, w float64, d direction) (pass, warn band) {
	inf := math.Inf(1)
	pass, warn = band{lo: lo, hi: hi}, band{lo: lo - w, hi: hi + w}
	switch d {
	case up:
		pass.hi, warn.hi = inf, inf
	case down:
		pass.lo, warn.lo = -inf, -inf
	}
	return pass, warn
}

// rounded rounds the ends to 9 decimals, so that 6.5 − 0.325 is 6.175.
func (b band) rounded() band {
	b.lo, b.hi = round9(b.lo), round9(b.hi)
	return b
}

func round9(v float64) float64 {
	if math.IsInf(v, 0) {
		return v
	}
	return math.Round(v*1e9) / 1e9
}

// Describe writes a band as a condition: "≥ 6.5%", "> 6.5%", "4.75%–5.25%".
func (b band) Describe(unit string) string {
	lo, hi := math.IsInf(b.lo, -1), math.IsInf(b.hi, 1)
	switch {
	case lo && hi:
		return "any figure"
	case hi:
		if b.loOpen {
			return "> " + figure(b.lo, unit)
		}
		return "≥ " + figure(b.lo, unit)
	case lo:
		if b.hiOpen {
			return "< " + figure(b.hi, unit)
		}
		return "≤ " + figure(b.hi, unit)
	}
	return figure(b.lo, unit) + "–" + figure(b.hi, unit)
}

// figure writes a number rounded for reading, with its unit.
func figure(v float64, unit string) string {
	return indicators.Figure(roundShow(v), unit)
}

// roundShow rounds to 6 decimals for display.
func roundShow(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 6, 64), 64)
	return r
}
