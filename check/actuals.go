package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"plan/indicators"
)

// MaxActualsSize is the largest actuals file read: a file with every
// indicator of a plan and a comment on each is a few kilobytes.
const MaxActualsSize = 1 << 20

// Actuals is a file of actual figures for one period of a plan.
type Actuals struct {
	File       string
	Plan       string // the plan the file says it is for, as written; "" if it says none
	Period     Period
	Values     []Value // in the order of the file
	Tolerances Tolerances
	ByID       map[string]Tolerances        // per indicator ID, under [tolerance.by_id]
	Natures    map[string]indicators.Nature // natures set under [nature], by ID
}

// Value is what the file gives for one indicator.
type Value struct {
	Key  string // as written
	ID   string // the indicator's ID
	Line int    // the line it is set on; 0 if not known
	Text string // the figure as written, for the report

	Figure *float64 // the figure, in Unit
	Unit   string   // the unit it was written in ("" for a bare number)

	Target     *float64 // for an external target: the figure the higher level set
	TargetUnit string
	Met        *bool // a true/false assessment

	Period *Period // the months the figure covers, when not the file's period
}

// InputError is a problem with an input file, at a line and key where known.
type InputError struct {
	File string
	Line int
	Key  string
	Msg  string
}

// Error writes the problem as file:line: "key": message.
func (e *InputError) Error() string {
	var b bytes.Buffer
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, ": %s", strconv.Quote(e.Key))
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// LoadFile reads the actuals file at path for plan p. It refuses a file
// larger than MaxActualsSize without reading it all.
func LoadFile(path string, p *indicators.Plan) (*Actuals, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &InputError{File: path, Msg: "cannot read: " + errors.Unwrap(err).Error()}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxActualsSize+1))
	if err != nil {
		return nil, &InputError{File: path, Msg: "cannot read: " + err.Error()}
	}
	if len(data) > MaxActualsSize {
		return nil, &InputError{File: path, Msg: fmt.Sprintf("larger than %d KiB, far larger than any actuals file: is it the right file?", MaxActualsSize>>10)}
	}
	return Load(path, data, p)
}

// Load reads an actuals file's text for plan p. name is used in messages.
// Every problem found is returned, joined; a file with any is not checked.
func Load(name string, data []byte, p *indicators.Plan) (*Actuals, error) {
	if err := plainText(name, data); err != nil {
		return nil, err
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, tomlError(name, err)
	}
	l := &loader{name: name, plan: p, lines: indexLines(string(data)), seen: map[string]string{}}
	a := l.actuals(raw)
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	return a, nil
}

// plainText refuses what cannot be an actuals file: nothing, or binary data.
func plainText(name string, data []byte) error {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return &InputError{File: name, Msg: "empty file: nothing to check (plan init writes a template)"}
	case !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0:
		return &InputError{File: name, Msg: "not a text file: an actuals file is TOML text in UTF-8"}
	}
	return nil
}

// tomlError turns a TOML syntax error into an InputError with its line.
func tomlError(name string, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &InputError{File: name, Line: pe.Position.Line, Msg: "TOML syntax: " + pe.Message}
	}
	return &InputError{File: name, Msg: "TOML: " + err.Error()}
}

// loader reads the decoded TOML into Actuals, gathering every error.
type loader struct {
	name  string
	plan  *indicators.Plan
	lines keyLines
	seen  map[string]string // indicator ID → the key that set it
	errs  []error
}

func (l *loader) errorf(table, key, format string, args ...any) {
	l.errs = append(l.errs, &InputError{File: l.name, Line: l.lines.line(table, key), Key: key, Msg: fmt.Sprintf(format, args...)})
}

// actuals reads the top level: plan, period, [values], [tolerance].
func (l *loader) actuals(raw map[string]any) *Actuals {
	a := &Actuals{File: l.name, Tolerances: DefaultTolerances(), ByID: map[string]Tolerances{}, Natures: map[string]indicators.Nature{}}
	for _, k := range sortedKeys(raw) {
		switch k {
		case "plan", "period", "values", "tolerance", "nature":
		default:
			l.errorf("", k, "unknown key: an actuals file has plan, period, [values], [tolerance] and [nature]")
		}
	}
	a.Plan = l.planRef(raw["plan"])
	a.Period = l.period(raw["period"])
	if t, ok := l.table("", "tolerance", raw["tolerance"]); ok {
		l.tolerances(a, t)
	}
	if t, ok := l.table("", "nature", raw["nature"]); ok {
		l.natures(a, t)
	}
	if v, ok := l.table("", "values", raw["values"]); ok {
		for _, k := range l.keysInFileOrder("values", v) {
			if val, ok := l.value(k, v[k]); ok {
				a.Values = append(a.Values, val)
			}
		}
	}
	return a
}

// table checks that v, set at key, is a table.
func (l *loader) table(parent, key string, v any) (map[string]any, bool) {
	if v == nil {
		return nil, false
	}
	t, ok := v.(map[string]any)
	if !ok {
		l.errorf(parent, key, "must be a table ([%s])", key)
	}
	return t, ok
}

// planRef checks the plan the file says it is for against the plan read.
func (l *loader) planRef(v any) string {
	if v == nil {
		return ""
	}
	s := fmt.Sprint(v)
	info := l.plan.Info
	if _, ok := v.(bool); ok || (s != strconv.Itoa(info.Year) && s != info.Title) {
		l.errorf("", "plan", "the file is for plan %q, but the plan read is %s (%d): check --plan", s, info.Title, info.Year)
	}
	return s
}

// period reads the period, which must fall in the plan's year.
func (l *loader) period(v any) Period {
	year := l.plan.Info.Year
	if v == nil {
		return Period{Year: year, Months: 12, Text: strconv.Itoa(year)}
	}
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case int64:
		s = strconv.FormatInt(x, 10)
	default:
		l.errorf("", "period", "must be a string such as \"2023\", \"2023-Q2\" or \"2023-05\"")
		return Period{Year: year, Months: 12}
	}
	p, err := ParsePeriod(s)
	if err != nil {
		l.errorf("", "period", "%v", err)
		return Period{Year: year, Months: 12}
	}
	if year != 0 && p.Year != year {
		l.errorf("", "period", "period %s is outside the plan year %d", s, year)
	}
	return p
}

// tolerances reads [tolerance] and [tolerance.by_id].
func (l *loader) tolerances(a *Actuals, t map[string]any) {
	for _, k := range sortedKeys(t) {
		switch k {
		case "about", "warn":
			l.tolerance("tolerance", k, k, t[k], &a.Tolerances)
		case "by_id":
			byID, ok := l.table("tolerance", "by_id", t[k])
			if !ok {
				continue
			}
			for _, ref := range sortedKeys(byID) {
				l.toleranceFor(a, ref, byID[ref])
			}
		default:
			l.errorf("tolerance", k, "unknown tolerance: use about, warn or [tolerance.by_id]")
		}
	}
}

// toleranceFor reads the tolerances of one indicator under [tolerance.by_id].
func (l *loader) toleranceFor(a *Actuals, ref string, v any) {
	ind, ok := l.plan.Lookup(ref)
	if !ok {
		l.errorf("tolerance.by_id", ref, "no such indicator%s", l.hint(ref))
		return
	}
	tt, ok := v.(map[string]any)
	if !ok {
		l.errorf("tolerance.by_id", ref, "must be a table such as { about = \"0.3pp\", warn = \"10%%\" }")
		return
	}
	tol := a.Tolerances
	for _, k := range sortedKeys(tt) {
		if k != "about" && k != "warn" {
			l.errorf("tolerance.by_id", ref, "unknown tolerance %q: use about or warn", k)
			continue
		}
		l.tolerance("tolerance.by_id", ref, k, tt[k], &tol)
	}
	a.ByID[ind.ID] = tol
}

// tolerance reads one tolerance, set at key, into tol.About or tol.Warn.
func (l *loader) tolerance(table, key, which string, v any, tol *Tolerances) {
	t, err := ParseTolerance(v)
	if err != nil {
		l.errorf(table, key, "%v", err)
		return
	}
	if which == "about" {
		tol.About = t
	} else {
		tol.Warn = t
	}
}

// natures reads [nature]: an indicator's nature where the inferred one is
// not what the figures are.
func (l *loader) natures(a *Actuals, t map[string]any) {
	for _, ref := range sortedKeys(t) {
		ind, ok := l.plan.Lookup(ref)
		if !ok || ind.Rule == nil {
			l.errorf("nature", ref, "no such indicator with a target%s", l.hint(ref))
			continue
		}
		s, _ := t[ref].(string)
		n, ok := indicators.ParseNature(s)
		if !ok {
			l.errorf("nature", ref, "nature %v: use rate, flow or stock", t[ref])
			continue
		}
		a.Natures[ind.ID] = n
	}
}

// hint is a did-you-mean for an unknown key, or "".
func (l *loader) hint(key string) string {
	if s := suggest(l.plan, key); s != "" {
		return fmt.Sprintf(" (did you mean %q?)", s)
	}
	return ": plan rules lists the keys, IDs and names"
}

// keysInFileOrder sorts the keys of a table by the line they are set on.
func (l *loader) keysInFileOrder(table string, t map[string]any) []string {
	keys := sortedKeys(t)
	sort.SliceStable(keys, func(i, j int) bool {
		return l.lines.line(table, keys[i]) < l.lines.line(table, keys[j])
	})
	return keys
}

// sortedKeys returns the keys of a map in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
