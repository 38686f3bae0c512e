package check

import (
	"fmt"

	"plan/indicators"
)

// Explanation is how one indicator is judged: the tolerances in force and
// the bands they draw.
type Explanation struct {
	Nature     indicators.Nature // as in force: the file's [nature], or inferred
	Period     Period            // the file's period; zero without a file
	Tolerances Tolerances
	Pass, Warn string // "≥ 6.5%"; "" when the bands need a figure not given
	Need       string // what the bands need, when Pass is ""
}

// Explain draws the bands of an indicator under the tolerances of a (the
// defaults when a is nil). For in_step_with and external targets the bands
// need the reference's figure or the higher-level target from a.
func Explain(p *indicators.Plan, ind *indicators.Indicator, a *Actuals) Explanation {
	if a == nil {
		a = &Actuals{Tolerances: DefaultTolerances()}
	}
	e := evaluator{plan: p, actuals: a, values: map[string]Value{}}
	for _, v := range a.Values {
		e.values[v.ID] = v
	}
	ex := Explanation{Tolerances: e.tolerances(ind), Period: a.Period}
	if ind.Rule != nil {
		ex.Nature = e.nature(ind)
	}
	if ind.Rule == nil {
		ex.Need = "a group row has no rule of its own"
		return ex
	}
	if ind.Rule.Kind == indicators.Qualitative {
		ex.Need = "a qualitative target is assessed true or false"
		return ex
	}
	v, ok := e.values[ind.ID]
	if !ok {
		v = Value{Unit: ind.Rule.Unit}
		if ind.Rule.Kind == indicators.InStepWith {
			v.Unit = "%"
		}
	}
	th, need, ok := e.thresholds(ind, v)
	if !ok {
		ex.Need = need
		return ex
	}
	ex.Pass, ex.Warn = th.Pass.Describe(th.Unit), th.Warn.Describe(th.Unit)
	return ex
}

// Describe writes a tolerance for a person: "5% of the target", "0.3 pp".
func (t Tolerance) Describe() string {
	switch {
	case t.Relative:
		return fmt.Sprintf("%s of the target", indicators.Figure(roundShow(t.Amount*100), "%"))
	case t.Points:
		return indicators.Figure(t.Amount, "") + " pp"
	}
	return indicators.Figure(t.Amount, "") + " in the target's unit"
}
