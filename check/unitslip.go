package check

import (
	"fmt"
	"math"
	"strings"

	"plan/indicators"
)

// slipRatio is how many times larger or smaller than its target a figure
// must be to be taken for one written in the wrong unit. Slips are powers
// of ten: a count in 人 read as 万人 is 10,000 times too large, 万 written
// for 亿 10,000 times too small, 千 for 万 ten times. Levels (万人, 亿元,
// 家) stay well within 20 times of their targets (a flow one month into
// the year is a twelfth of its annual target), so 20 catches every slip of
// 100 or more, even when the true figure is five times off its target.
const slipRatio = 20.0

// rateSlipRatio is the same bound for figures in %, ‰ or percentage
// points. Their common slip is a share written as a fraction (0.046 for
// 4.6%), 100 times too small; 50 catches it while the true figure is up to
// twice its target. A growth rate may be near zero in a bad year (0.2%
// against 5% is 25 times less, and in_step_with targets are judged against
// it), which 20 would take for a slip; under a fiftieth of its target it
// is taken for one, and fails either way. A slip of ten (‰ written as %)
// cannot be told from a real figure and is not flagged.
const rateSlipRatio = 50.0

// capSlipRatio is the bound for a level figure under its cap (用水总量
// 20亿立方米以内, 死亡人数 120人以内), where less is better: a county may
// report 5 deaths against 120, or a January's 0.08万亩 of land against the
// year's 2万亩, far under and no slip. The slips of a level's unit are of
// a multiplier, 10,000 times (人 for 万人, 万元 for 亿元) or 1,000 (吨 for
// 千吨); 1,000 still catches every one of them.
const capSlipRatio = 1000.0

// An index with the year before at 100 (104.5, as yearbooks print growth:
// 上年=100) written for a growth in % is the other common slip: 104.5
// against 5% is only 21 times off, inside the band of rates. A growth
// target in % is small (maxIndexTarget), and an index stands near 100
// (indexBand): a figure there against such a target is taken for one.
const (
	maxIndexTarget = 30.0 // no growth target of a plan is 30% or more
	indexBand      = 30.0 // an index moves less than 30 from 100 in a year
)

// looksLikeIndex reports whether a bare figure (written without %) read in
// % against a small target stands where an index of the year before at
// 100 would, and the change in % it would be. A figure written with its %
// is taken as written: a growth of 96.9% is real for a young industry.
func looksLikeIndex(a float64, unit, written string, marks []float64) (float64, bool) {
	if unit != "%" || strings.ContainsAny(written, "%％") || math.Abs(a-100) > indexBand {
		return 0, false
	}
	for _, x := range marks {
		if math.Abs(x) >= maxIndexTarget {
			return 0, false
		}
	}
	return a - 100, true
}

// unitSlip reports whether a figure is so far from every figure it should
// be near that it must be in the wrong unit, and what it looks like in the
// unit it is judged in: the figure scaled by the power of ten that brings
// it nearest its target.
func (e *evaluator) unitSlip(ind *indicators.Indicator, v Value) (string, bool) {
	marks := e.yardsticks(ind, v)
	if len(marks) == 0 || v.Figure == nil {
		return "", false
	}
	a, bound := *v.Figure, slipRatio
	if change, ok := looksLikeIndex(a, v.Unit, v.Written, marks); ok {
		return fmt.Sprintf("an index (上年=100), a change of %s", figure(change, v.Unit)), true
	}
	switch {
	case e.isRate(v.Unit):
		bound = rateSlipRatio
	case isCap(ind.Rule) && math.Abs(a) < math.Abs(marks[0]):
		bound = capSlipRatio
	}
	for _, x := range marks {
		if !farOff(a, x, bound) {
			return "", false
		}
	}
	k := math.Round(math.Log10(math.Abs(marks[0] / a)))
	return figure(a*math.Pow(10, k), v.Unit), true
}

// yardsticks are the figures a figure's magnitude should be near: its
// annual target (not the part of it due by the period), the target given
// for an external one, and for in_step_with the reference's figure and
// target. A figure has no yardstick where a ratio means nothing.
func (e *evaluator) yardsticks(ind *indicators.Indicator, v Value) []float64 {
	r := ind.Rule
	switch r.Kind {
	case indicators.Qualitative:
		return nil
	case indicators.External:
		if v.Target == nil {
			return nil
		}
		return []float64{*v.Target}
	case indicators.InStepWith:
		var marks []float64
		if x, ok := e.reference(r.Ref); ok {
			marks = append(marks, x)
		}
		if ref, ok := e.plan.Lookup(r.Ref); ok && ref.Rule != nil && ref.Rule.Kind != indicators.InStepWith && ref.Rule.Unit == v.Unit {
			if x, ok := ref.Rule.Num(); ok {
				marks = append(marks, x)
			}
		}
		return marks
	}
	if x, ok := r.Num(); ok {
		return []float64{x}
	}
	return nil
}

// farOff reports whether a is bound times or more off x. Zero has no
// magnitude, and a slip never turns a sign, so a figure of the other sign
// is a real miss, not a slip.
func farOff(a, x, bound float64) bool {
	if a == 0 || x == 0 || (a < 0) != (x < 0) {
		return false
	}
	ratio := math.Abs(x / a)
	return ratio >= bound || ratio <= 1/bound
}

// referenceSlip reports, for an in_step_with target, whether its
// reference's figure looks like one in the wrong unit: judged against it,
// the verdict would mean nothing.
func (e *evaluator) referenceSlip(ind *indicators.Indicator) (string, bool) {
	if ind.Rule.Kind != indicators.InStepWith {
		return "", false
	}
	ref, ok := e.plan.Lookup(ind.Rule.Ref)
	if !ok || ref.Rule == nil || ref.Rule.Kind == indicators.InStepWith {
		return "", false
	}
	v, ok := e.values[ref.ID]
	if !ok {
		return "", false
	}
	looks, ok := e.unitSlip(ref, v)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("check the unit of its reference %s: %s looks like %s", e.refName(ref.ID), v.Written, looks), true
}

// isCap reports whether a rule is a ceiling, less being better: by its
// polarity, its kind, or a higher level's quota (不超省下达指标).
func isCap(r *indicators.Rule) bool {
	switch {
	case r.Polarity == indicators.Lower, r.Kind == indicators.AtMost, r.Kind == indicators.Below:
		return true
	}
	return r.Kind == indicators.External && r.Relation == indicators.RelAtMost
}
