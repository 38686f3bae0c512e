package check

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"plan/indicators"
)

// value reads what the file gives for one indicator under [values]: a
// number, a figure with its unit, true/false, or a table { value, target }.
func (l *loader) value(key string, v any) (Value, bool) {
	if l.dottedKeys(key, v) {
		return Value{}, false
	}
	ind, ok := l.plan.Lookup(key)
	if !ok {
		if !l.ambiguous("values", key) {
			l.add("values", key, problemf(l.hint(key), "no such indicator in %s", l.plan.Info.Title))
		}
		return Value{}, false
	}
	if ind.Rule == nil {
		l.errorf("values", key, "%s %s is a group with no target of its own: give the figures of its rows", ind.ID, ind.Name)
		return Value{}, false
	}
	if prev, dup := l.seen[ind.ID]; dup {
		l.errorf("values", key, "%s %s is already given as %q", ind.ID, ind.Name, prev)
		return Value{}, false
	}
	l.seen[ind.ID] = key
	val := Value{Key: key, ID: ind.ID, Line: l.lines.line("values", key)}
	var err error
	switch x := v.(type) {
	case bool:
		err = l.assessment(ind, x, &val)
	case map[string]any:
		err = l.tableValue(ind, x, &val)
	default:
		err = l.figureValue(ind, x, &val)
	}
	if err != nil {
		l.add("values", key, err)
		return Value{}, false
	}
	return val, true
}

// assessment takes true/false, which only a target with no figure of its
// own can have.
func (l *loader) assessment(ind *indicators.Indicator, met bool, val *Value) error {
	if k := ind.Rule.Kind; k != indicators.External && k != indicators.Qualitative {
		return fmt.Errorf("true/false is for external and qualitative targets; %s needs a figure such as %s", ind.ID, example(ind.Rule))
	}
	val.Met, val.Text = &met, strconv.FormatBool(met)
	return nil
}

// tableValue reads { value = 8.5, target = 6.0 }: an external target with
// the figure the higher level set, or a figure spelt out.
func (l *loader) tableValue(ind *indicators.Indicator, t map[string]any, val *Value) error {
	for _, k := range sortedKeys(t) {
		if k != "value" && k != "target" && k != "period" {
			return fmt.Errorf("unknown field %q: a table holds value, period and, for an external target, target", k)
		}
	}
	if t["period"] != nil {
		if err := l.valuePeriod(t["period"], val); err != nil {
			return err
		}
	}
	if t["value"] == nil {
		return fmt.Errorf("the table has no value")
	}
	if err := l.figureValue(ind, t["value"], val); err != nil {
		return err
	}
	if t["target"] == nil {
		return nil
	}
	if ind.Rule.Kind != indicators.External {
		return fmt.Errorf("target is for external targets; %s has its own: %s", ind.ID, ind.Target)
	}
	f, unit, text, _, err := readChange(t["target"], measuresDecrease(ind))
	if err != nil {
		return fmt.Errorf("target: %w", err)
	}
	switch {
	case unit != "" && val.Unit == "":
		val.Unit = unit // a bare figure is in the unit its target is written in: 4 against 6% is 4%
	case unit != "":
		if f, err = convert(f, unit, val.Unit, text); err != nil {
			return fmt.Errorf("target %w", err)
		}
	}
	val.Target, val.TargetUnit = &f, val.Unit
	val.Text = fmt.Sprintf("%s (target %s)", val.Text, text)
	return nil
}

// dottedKeys reports, with an error at each, the bare dotted IDs a file
// sets (9.1 = 25): TOML reads one as a table 9 holding a key 1, where the
// writer meant the ID "9.1".
func (l *loader) dottedKeys(key string, v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	found := false
	for _, k := range sortedKeys(m) {
		path := key + "." + k
		if line := l.lines.line("values", path); line > 0 {
			l.addAt(line, path, problemf(fmt.Sprintf("write the ID in quotes: \"%s\" = …", path),
				"TOML reads a bare %s as a table %s holding %s", path, key, k))
			found = true
			continue
		}
		found = l.dottedKeys(path, m[k]) || found
	}
	return found
}

// figureValue reads a number or a figure with a unit into the unit the
// indicator's target is printed in. A bare number is in that unit already.
// Against a decrease target the figure is the size of the decrease, which
// a bureau may write as a negative growth or in words (下降3.5%).
func (l *loader) figureValue(ind *indicators.Indicator, v any, val *Value) error {
	r := ind.Rule
	if r.Kind == indicators.Qualitative {
		return fmt.Errorf("%s has a qualitative target (%s): give true if it was met, false if not", ind.ID, ind.Target)
	}
	f, unit, text, rd, err := readChange(v, measuresDecrease(ind))
	if err != nil {
		return err
	}
	val.Text, val.Written = text, text
	want := unit
	if r.Kind != indicators.External {
		want = l.unitOf(ind)
	}
	if unit != "" && unit != want {
		if f, err = convert(f, unit, want, text); err != nil {
			return err
		}
	}
	val.Figure, val.Unit, val.Reading = &f, want, rd.note(text, f, want)
	return nil
}

// convert expresses f, written as text in unit from, in unit to; the
// result must still be a figure a plan can judge.
func convert(f float64, from, to, text string) (float64, error) {
	g, err := indicators.Convert(f, from, to)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", text, err)
	}
	if !indicators.IsFigure(g) {
		return 0, tooLarge(text)
	}
	return round9(g), nil
}

// unitOf is the unit an indicator's figures are compared in: its target's,
// or for in_step_with the reference's.
func (l *loader) unitOf(ind *indicators.Indicator) string {
	if ind.Rule.Kind == indicators.InStepWith {
		if ref, ok := l.plan.Lookup(ind.Rule.Ref); ok && ref.Rule != nil {
			return ref.Rule.Unit
		}
		return "%"
	}
	return ind.Rule.Unit
}

// readFigure reads a TOML number or string as a figure and its unit. NaN,
// infinities and numbers beyond indicators.MaxFigure are errors: no plan
// sets such a figure, and arithmetic on them overflows.
func readFigure(v any) (f float64, unit, text string, err error) {
	switch x := v.(type) {
	case int64:
		text = strconv.FormatInt(x, 10)
		if !indicators.IsFigure(float64(x)) {
			return 0, "", "", tooLarge(text)
		}
		return float64(x), "", text, nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return 0, "", "", problemf("give a finite number, or leave the key out", "%v is not a figure", x)
		}
		if !indicators.IsFigure(x) {
			return 0, "", "", tooLarge(strconv.FormatFloat(x, 'g', -1, 64))
		}
		return x, "", strconv.FormatFloat(x, 'f', -1, 64), nil
	case string:
		if x == "" {
			return 0, "", "", problemf(`give a figure such as 7.8 or "7.8%", or leave the key out`, "empty string")
		}
		f, unit, err := indicators.ParseFigure(x)
		if err != nil {
			return 0, "", "", err
		}
		return f, unit, x, nil
	}
	return 0, "", "", fmt.Errorf("wrong type %s: give a number (7.8) or a figure with its unit (\"7.8%%\")", tomlType(v))
}

// tooLarge is the error of a figure beyond indicators.MaxFigure.
func tooLarge(text string) error {
	return problemf("check the figure and its unit",
		"%s is larger than any figure a plan sets (at most %g)", shorten(text), indicators.MaxFigure)
}

// shorten cuts a long text for a message: a 400-digit number need not be
// printed whole.
func shorten(s string) string {
	const most = 24 // runes: enough for any real figure with its unit
	r := []rune(s)
	if len(r) <= most {
		return s
	}
	return string(r[:most]) + "…"
}

// tomlType names the TOML type of a decoded value.
func tomlType(v any) string {
	switch v.(type) {
	case []any, []map[string]any:
		return "array"
	case map[string]any:
		return "table"
	case bool:
		return "boolean"
	case time.Time:
		return "datetime"
	}
	return fmt.Sprintf("%T", v)
}

// example is a figure that a rule takes, for messages.
func example(r *indicators.Rule) string {
	v, ok := r.Num()
	if !ok {
		return `"7.8%"`
	}
	return strconv.Quote(indicators.Figure(v, r.Unit))
}
