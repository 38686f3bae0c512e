package check

import (
	"fmt"
	"math"
	"strconv"

	"plan/indicators"
)

// Evaluate judges every indicator of p that has a rule against the actuals:
// one result each, in table order.
func Evaluate(p *indicators.Plan, a *Actuals) Report {
	byID := make(map[string]Value, len(a.Values))
	for _, v := range a.Values {
		byID[v.ID] = v
	}
	e := evaluator{plan: p, actuals: a, values: byID}
	rep := Report{File: a.File, Period: a.Period.Text, Results: make([]Result, 0, len(p.Indicators))}
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if ind.Rule == nil {
			continue
		}
		r := e.result(ind)
		rep.Summary.Add(r.Status)
		if r.UnitSlip {
			rep.Summary.UnitSlip++
		}
		rep.Results = append(rep.Results, r)
	}
	return rep
}

// evaluator holds what judging one indicator may need of the others.
type evaluator struct {
	plan    *indicators.Plan
	actuals *Actuals
	values  map[string]Value
	rates   map[string]bool // whether a unit is a rate's, for the units met so far
}

// isRate reports whether a unit is a rate's (%, ‰, points), reading each
// unit once per file: a file asks for each figure several times.
func (e *evaluator) isRate(unit string) bool {
	rate, ok := e.rates[unit]
	if !ok {
		if e.rates == nil {
			e.rates = map[string]bool{}
		}
		rate = isRateUnit(unit)
		e.rates[unit] = rate
	}
	return rate
}

// tolerances are the tolerances in force for an indicator: its own under
// [tolerance.by_id], else the in-step band for in_step_with, else the
// file's.
func (e *evaluator) tolerances(ind *indicators.Indicator) Tolerances {
	if t, ok := e.actuals.ByID[ind.ID]; ok {
		return t
	}
	if ind.Rule != nil && ind.Rule.Kind == indicators.InStepWith {
		return InStepTolerances()
	}
	return onIndex(inherited(e.actuals.Tolerances, ind), ind)
}

// result judges one indicator.
func (e *evaluator) result(ind *indicators.Indicator) Result {
	r := Result{
		ID: ind.ID, Key: ind.Key, Name: ind.Name, NameEn: ind.NameEn, Category: ind.Category,
		Target: ind.Target, Rule: *ind.Rule, Nature: e.nature(ind), Unit: ind.Rule.Unit,
	}
	v, ok := e.values[ind.ID]
	if !ok {
		r.Status, r.Note = Missing, e.missingNote(ind)
		return r
	}
	r.ActualText, r.Line, r.Met, r.Nature = v.Text, v.Line, v.Met, e.natureOf(ind, v)
	if v.Period != nil {
		r.Period = v.Period.Text
	}
	if v.Figure != nil {
		f := *v.Figure
		r.Actual, r.Unit = &f, v.Unit
	}
	if v.Met != nil {
		r.Status, r.Note = assessed(*v.Met)
		return r
	}
	th, note, ok := e.thresholds(ind, v)
	if !ok {
		r.Status, r.Note = Missing, note
		return r
	}
	r.Status, r.Note, r.UnitSlip = e.judge(ind, v, th)
	if v.Reading != "" {
		r.Note += "; " + v.Reading
	}
	return r
}

// judge is the verdict and note on a figure with its bands. A figure in
// the wrong unit (slip true), or judged against a reference in the wrong
// unit, fails whatever the bands say.
func (e *evaluator) judge(ind *indicators.Indicator, v Value, th Thresholds) (st Status, note string, slip bool) {
	a := *v.Figure
	if looks, ok := e.unitSlip(ind, v); ok {
		return Fail, fmt.Sprintf("check the unit: %s looks like %s", v.Written, looks), true
	}
	if note, ok := e.referenceSlip(ind); ok {
		return Fail, note, false
	}
	st = th.Classify(a)
	note = verdictNote(st, a, th, ind.Rule, e.isRate(th.Unit), e.share(ind, v))
	if ind.Rule.Kind == indicators.InStepWith {
		note += "; against " + e.refName(ind.Rule.Ref) + " " + figure(th.Ref, th.Unit)
	}
	switch p := e.period(v); {
	case p.FullYear():
	case e.natureOf(ind, v) == indicators.Flow:
		note += fmt.Sprintf("; %s due by %s (%d/12 of the year); full-year pace %s",
			figure(th.Ref, th.Unit), p.Text, p.Months, figure(a*12/float64(p.Months), th.Unit))
	case e.natureOf(ind, v) == indicators.Stock && st == Fail:
		st = Warn
		if ind.Rule.Polarity == indicators.Lower {
			note += "; over the cap so far, the cap is for the year's end"
		} else {
			note += "; not yet reached, the target is for the year's end"
		}
	}
	return st, note, false
}

// nature is the nature in force for an indicator: the file's [nature], or
// the one inferred from the plan. A target in a rate's unit (%, ‰) and an
// in_step_with target are rates whatever a plan file says: a growth rate
// does not accumulate through the year and is never pro-rated.
func (e *evaluator) nature(ind *indicators.Indicator) indicators.Nature {
	if e.isRate(ind.Rule.Unit) || ind.Rule.Kind == indicators.InStepWith {
		return indicators.Rate
	}
	if n, ok := e.actuals.Natures[ind.ID]; ok {
		return n
	}
	return ind.Nature
}

// natureOf is the nature in force for a figure: a figure in a rate's unit
// (an external target given in %) is a rate too.
func (e *evaluator) natureOf(ind *indicators.Indicator, v Value) indicators.Nature {
	if e.isRate(v.Unit) {
		return indicators.Rate
	}
	return e.nature(ind)
}

// period is the months a value covers: its own period, or the file's.
func (e *evaluator) period(v Value) Period {
	if v.Period != nil {
		return *v.Period
	}
	if e.actuals.Period.Months == 0 {
		return Period{Months: 12}
	}
	return e.actuals.Period
}

// share is the part of an annual target due by the value's period: the
// elapsed months for a flow, the whole target for rates and stocks.
func (e *evaluator) share(ind *indicators.Indicator, v Value) float64 {
	if p := e.period(v); e.natureOf(ind, v) == indicators.Flow && !p.FullYear() {
		return float64(p.Months) / 12
	}
	return 1
}

// assessed is the verdict on a true/false assessment.
func assessed(met bool) (Status, string) {
	if met {
		return Pass, "assessed as met"
	}
	return Fail, "assessed as missed"
}

// missingNote says what an indicator with no figure needs.
func (e *evaluator) missingNote(ind *indicators.Indicator) string {
	switch ind.Rule.Kind {
	case indicators.External:
		return "no figure: give { value, target } or true/false"
	case indicators.Qualitative:
		return "no assessment: give true or false"
	}
	return "no figure"
}

// thresholds draws the bands for a value. It reports false, with a note,
// when the verdict needs a figure the file does not give: the reference of
// in_step_with, or the higher-level target of external.
func (e *evaluator) thresholds(ind *indicators.Indicator, v Value) (Thresholds, string, bool) {
	r := ind.Rule
	tol := e.tolerances(ind)
	switch r.Kind {
	case indicators.InStepWith:
		ref, ok := e.reference(r.Ref)
		if !ok {
			return Thresholds{}, e.refNote(r.Ref), false
		}
		if rp, p := e.period(e.values[r.Ref]), e.period(v); rp.Months != p.Months {
			return Thresholds{}, fmt.Sprintf("its reference %s is a figure of %s, this one of %s: give both for the same months",
				e.refName(r.Ref), periodText(rp), periodText(p)), false
		}
		kind := indicators.About
		if r.Relation == indicators.RelAbove {
			kind = indicators.Above
		}
		return thresholds(kind, r.Polarity, ref, ref, v.Unit, tol), "", true
	case indicators.External:
		if v.Target == nil {
			return Thresholds{}, "needs the target set by the higher level: give { value = …, target = … }", false
		}
		kind := indicators.Target
		if r.Relation == indicators.RelAtMost {
			kind = indicators.AtMost
		}
		x := *v.Target * e.share(ind, v)
		return thresholds(kind, r.Polarity, x, x, v.Unit, tol), "", true
	}
	lo, _ := r.Num()
	hi := lo
	if r.High != nil {
		hi = *r.High
	}
	share := e.share(ind, v)
	return thresholds(r.Kind, r.Polarity, lo*share, hi*share, r.Unit, tol), "", true
}

// reference is the actual figure of the reference indicator, if given.
func (e *evaluator) reference(id string) (float64, bool) {
	v, ok := e.values[id]
	if !ok || v.Figure == nil {
		return 0, false
	}
	return *v.Figure, true
}

// refNote asks for the reference's figure.
func (e *evaluator) refNote(id string) string {
	if _, ok := e.plan.Lookup(id); !ok {
		return "no reference indicator in the plan"
	}
	return fmt.Sprintf("needs the figure of %s, its reference", e.refName(id))
}

// refName names the reference indicator: its ID and key, or its ID and name.
func (e *evaluator) refName(id string) string {
	ref, ok := e.plan.Lookup(id)
	switch {
	case !ok:
		return id
	case ref.Key != "":
		return ref.ID + " " + ref.Key
	}
	return ref.ID + " " + ref.Name
}

// verdictNote is the short note of a verdict: the margin against the
// reference figure, what a miss needs, a stretch met, a unit to check;
// rate says whether the thresholds' unit is a rate's, and share is the
// part of the year's target due (a flow's stretch is due in the same part).
func verdictNote(st Status, a float64, th Thresholds, r *indicators.Rule, rate bool, share float64) string {
	note := margin(a, th, rate)
	if st != Pass {
		note += "; needs " + th.Pass.Describe(th.Unit)
	}
	if r.Stretch != nil && st == Pass {
		stretch := *r.Stretch * share
		met := a >= stretch
		if r.Polarity == indicators.Lower { // 3%以内、力争2.5%: the stretch is the lower figure
			met = a <= stretch
		}
		if met {
			note += "; stretch " + figure(stretch, r.Unit) + " met"
		} else {
			note += "; stretch " + figure(stretch, r.Unit) + " not met"
		}
	}
	return note
}

// margin is the distance of a from the reference figure: in percentage
// points for rates (rate: the thresholds' unit is a rate's), else in the
// unit and as a share of the reference.
func margin(a float64, th Thresholds, rate bool) string {
	d := roundShow(a - th.Ref)
	if d == 0 {
		return "on target"
	}
	sign := "+"
	if d < 0 {
		sign, d = "−", -d
	}
	if rate {
		unit := " pp"
		if th.Unit == "‰" {
			unit = "‰"
		}
		return sign + indicators.Figure(d, "") + unit
	}
	s := sign + indicators.Figure(d, th.Unit)
	if th.Ref != 0 {
		s += fmt.Sprintf(" (%s%s of target)", sign, shareText(math.Abs(a-th.Ref)/math.Abs(th.Ref)*100))
	}
	return s
}

// shareText writes a share in percent to a tenth, or "<0.1%" when it is
// smaller than that: a miss by 0.2 of 4620 is not a miss of 0%.
func shareText(pct float64) string {
	r := math.Round(pct*10) / 10
	if r == 0 {
		return "<0.1%"
	}
	return strconv.FormatFloat(r, 'f', -1, 64) + "%"
}

// periodText names the months a figure covers, for a note.
func periodText(p Period) string {
	if p.Text != "" {
		return p.Text
	}
	return fmt.Sprintf("%d months", p.Months)
}
