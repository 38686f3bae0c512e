package check

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"plan/indicators"
)

// Tolerance is an allowance around a target: relative (5% of the target),
// in percentage points (0.3pp), or absolute in the target's unit (0.5).
type Tolerance struct {
	Amount   float64
	Relative bool // Amount is a fraction of the target
	Points   bool // Amount is in percentage points
	Text     string
}

// Tolerances are the allowances in force: About widens the pass band of a
// 左右 target, Warn is how far a miss may go before it fails.
type Tolerances struct {
	About Tolerance
	Warn  Tolerance
}

// DefaultTolerances are 5% of the target for both.
func DefaultTolerances() Tolerances {
	five := Tolerance{Amount: 0.05, Relative: true, Text: "5%"}
	return Tolerances{About: five, Warn: five}
}

// InStepTolerances are the tolerances of an in_step_with target, in
// percentage points of the reference's growth: it passes within 0.5 pp of
// it and warns a further 0.5 pp below. Growth rates move by tenths of a
// point, and statistics bureaus call a growth "in step" when it is within
// about half a point of GDP growth; a share of the reference would shrink
// to nothing when GDP growth is near zero (5% of 0.2% is 0.01 pp). For an
// above relation (高于经济增长) the figure passes above the reference and
// warns within 0.5 pp of it. A [tolerance.by_id] entry overrides them; the
// file-wide [tolerance], which is a share of a target, does not apply.
func InStepTolerances() Tolerances {
	half := Tolerance{Amount: 0.5, Points: true, Text: "0.5pp"}
	return Tolerances{About: half, Warn: half}
}

// isRateUnit reports whether a unit is a rate's: %, ‰ or percentage
// points. A figure in such a unit never accumulates through the year.
func isRateUnit(unit string) bool {
	switch unit { // the units of nearly every target, told without parsing: a run asks for each figure
	case "":
		return false
	case "%", "‰":
		return true
	}
	u, ok := indicators.ParseUnit(unit)
	return ok && u.Base == indicators.Percent
}

// ParseTolerance reads "5%" (relative), "0.3pp" (percentage points) or a
// plain number (absolute, in the target's unit).
func ParseTolerance(v any) (Tolerance, error) {
	switch x := v.(type) {
	case int64:
		return absTolerance(float64(x), strconv.FormatInt(x, 10))
	case float64:
		return absTolerance(x, strconv.FormatFloat(x, 'f', -1, 64))
	case string:
		s := strings.ReplaceAll(indicators.Normalize(x), " ", "")
		for _, suffix := range []struct {
			text     string
			relative bool
		}{{"%", true}, {"pp", false}, {"个百分点", false}} {
			if num, ok := strings.CutSuffix(s, suffix.text); ok {
				f, err := strconv.ParseFloat(num, 64)
				if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
					break
				}
				if suffix.relative {
					return Tolerance{Amount: f / 100, Relative: true, Text: x}, nil
				}
				return Tolerance{Amount: f, Points: true, Text: x}, nil
			}
		}
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return absTolerance(f, x)
		}
	}
	return Tolerance{}, fmt.Errorf("tolerance %v: write a share of the target (\"5%%\"), percentage points (\"0.3pp\") or a number in the target's unit", v)
}

func absTolerance(f float64, text string) (Tolerance, error) {
	if f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return Tolerance{}, fmt.Errorf("tolerance %s: must be a number of zero or more", text)
	}
	return Tolerance{Amount: f, Text: text}, nil
}

// minRateBand is the widest floor of a share-of-target allowance of a
// rate, in the rate's unit. A share of a target near zero is narrower than
// the precision figures are printed to: 5% of 0.5% is 0.025 points, which
// only 0.5 itself meets, and 5% of 0‰ is nothing, so 0.1‰ would miss
// "0‰左右". The floor is one step of the target's last printed digit (0.1
// for 0.5, 0.01 for 0.03‰), and never more than a tenth of the unit, so
// that a cap printed in hundredths keeps its hundredths.
const minRateBand = 0.1

// Of is the allowance around a target figure x in unit: a share of a rate
// is at least the step of x's last digit, up to minRateBand.
func (t Tolerance) Of(x float64, unit string) float64 {
	switch {
	case t.Relative && t.Amount > 0 && isRateUnit(unit):
		return max(t.Amount*math.Abs(x), min(digitStep(x), minRateBand))
	case t.Relative:
		return t.Amount * math.Abs(x)
	case t.Points:
		if v, err := indicators.Convert(t.Amount, "个百分点", unit); err == nil {
			return v
		}
	}
	return t.Amount
}

// inherited is the file-wide tolerances as one indicator takes them: its
// points are for targets in %, and a level keeps a share of its target
// where the file gives points (0.5 points would be 0.5 of its own unit).
func inherited(tol Tolerances, ind *indicators.Indicator) Tolerances {
	if takesPoints(ind) {
		return tol
	}
	def := DefaultTolerances()
	if tol.About.Points {
		tol.About = def.About
	}
	if tol.Warn.Points {
		tol.Warn = def.Warn
	}
	return tol
}

// digitStep is the step of the last digit a figure is printed with: 0.01
// for 0.03, 0.1 for 0.5, 1 for 3.
func digitStep(x float64) float64 {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return math.Pow(10, -float64(len(s)-i-1))
	}
	return 1
}

// An index with the year before at 100 (居民消费价格指数 103左右) moves by
// a few points a year: a share of the whole index, 5% of 103, would pass
// 107, a rise more than twice the 3% asked. A share of such a target is
// taken of its change from 100 instead, at least a tenth of a point.
const (
	indexBase    = 100.0 // the year before, as an index prints it
	indexReach   = 30.0  // an index stands within 30 of 100: a larger figure is a level
	minIndexBand = 0.1   // an index is printed to a tenth
)

// onIndex is the tolerances of an indicator as its target reads them: for
// an index on the year before (上年=100, a price or production index) near
// 100, bare or in %, a share is of the change from 100. A composite index
// with no such base (群众安全感指数 98) keeps a share of the whole.
func onIndex(tol Tolerances, ind *indicators.Indicator) Tolerances {
	r := ind.Rule
	x, ok := r.Num()
	if !ok || r.Unit != "" && r.Unit != "%" || math.Abs(x-indexBase) > indexReach || !isYearIndex(ind.Name) {
		return tol
	}
	change := func(t Tolerance) Tolerance {
		if !t.Relative {
			return t
		}
		return Tolerance{Amount: max(t.Amount*math.Abs(x-indexBase), minIndexBand), Text: t.Text + " of the change from 100"}
	}
	tol.About, tol.Warn = change(tol.About), change(tol.Warn)
	return tol
}

// isYearIndex reports whether a name is that of an index on the year
// before: it says 上年=100, or it is a price or production index.
func isYearIndex(name string) bool {
	n := strings.ReplaceAll(indicators.Normalize(name), " ", "")
	return strings.Contains(n, "上年=100") || strings.Contains(n, "价格指数") || strings.Contains(n, "生产指数")
}
