package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"plan/indicators"
	"plan/input"
)

// MaxActualsSize is the largest actuals file read: a file with every
// indicator of a plan and a comment on each is a few kilobytes.
const MaxActualsSize = 1 << 20

// Actuals is a file of actual figures for one period of a plan.
type Actuals struct {
	File string
	Plan string // the plan the file says it is for, as written; "" if it says none
	// PlanFile is the plan document the file names by its path, from the
	// working directory; "" when it names none.
	PlanFile string
	// Against is the plan the figures were read for and are judged
	// against: the one the file names, else the one given to Load.
	Against    *indicators.Plan
	Period     Period
	Values     []Value // in the order of the file
	Tolerances Tolerances
	ByID       map[string]Tolerances        // per indicator ID, under [tolerance.by_id]
	Natures    map[string]indicators.Nature // natures set under [nature], by ID

	// Encoding is the encoding the file was read in: "UTF-8", or
	// "GB18030", "UTF-16LE" … for a file saved so by a Windows tool, which
	// the command notes. EncodingReason says how it was told ("byte-order
	// mark"); "" for plain UTF-8.
	Encoding, EncodingReason string
}

// Value is what the file gives for one indicator.
type Value struct {
	Key  string // as written
	ID   string // the indicator's ID
	Line int    // the line it is set on; 0 if not known
	Text string // the figure as written, for the report

	Figure  *float64 // the figure, in Unit
	Unit    string   // the unit it was written in ("" for a bare number)
	Written string   // the figure alone as written ("0.046", "下降3.5%"), for notes
	Reading string   // how a figure was read where that is not plain ("下降3.5% read as a decrease of 3.5%")

	Target     *float64 // for an external target: the figure the higher level set
	TargetUnit string
	Met        *bool // a true/false assessment

	Period *Period // the months the figure covers, when not the file's period
}

// LoadOptions are what the command line adds to the files it loads.
type LoadOptions struct {
	// Period is the period of a file that gives none (plan check
	// --period): "2024", "2024-Q1" or "2024-05". A file that gives
	// another is an error. "" asks each file for its own.
	Period string
	// Encoding names the encoding of the files (utf-8, gb18030,
	// utf-16le …) when it is not to be detected; "" detects it. It is the
	// encoding of the plans they name too.
	Encoding string
	// Plans reads the plan a file names by its path (plan =
	// "plans/huzhou-2024.txt", see IsPlanPath), given the path from the
	// working directory; a run over many files shares one that reads each
	// plan once. Nil reads the plan each time with indicators.ReadFile.
	Plans func(path string) (*indicators.Plan, error)
}

// LoadFile reads the actuals file at path for plan p, with no options:
// the file must give its period.
func LoadFile(path string, p *indicators.Plan) (*Actuals, error) {
	return LoadOptions{}.LoadFile(path, p)
}

// Load reads an actuals file's text for plan p, with no options: the file
// must give its period.
func Load(name string, data []byte, p *indicators.Plan) (*Actuals, error) {
	return LoadOptions{}.Load(name, data, p)
}

// LoadFile reads the actuals file at path for plan p. It refuses a file
// larger than MaxActualsSize without reading it all. Errors are an
// input.ErrorList.
func (o LoadOptions) LoadFile(path string, p *indicators.Plan) (*Actuals, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return o.Load(path, data, p)
}

// ReadFile reads the bytes of the actuals file at path, refusing a file
// larger than MaxActualsSize without reading it all. Errors are an
// input.ErrorList naming the file.
func ReadFile(path string) ([]byte, error) {
	file := input.Pos{File: path}
	f, err := os.Open(path)
	if err != nil {
		if u := errors.Unwrap(err); u != nil {
			err = u
		}
		return nil, input.ErrorList{{Pos: file, Msg: "cannot read: " + err.Error()}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxActualsSize+1))
	if err != nil {
		return nil, input.ErrorList{{Pos: file, Msg: "cannot read: " + err.Error()}}
	}
	if len(data) > MaxActualsSize {
		return nil, input.ErrorList{{Pos: file, Msg: fmt.Sprintf("larger than %d KiB, far larger than any actuals file", MaxActualsSize>>10),
			Hint: "is it the right file? an actuals file with every indicator is a few kilobytes"}}
	}
	return data, nil
}

// Load reads an actuals file's text for plan p; name is used in messages.
// Every problem found is returned, in an input.ErrorList sorted by
// position; a file with any is not checked.
func (o LoadOptions) Load(name string, data []byte, p *indicators.Plan) (*Actuals, error) {
	text, enc, err := o.text(name, data)
	if err != nil {
		return nil, input.ErrorList{err}
	}
	if e := input.CheckTOMLDepth(name, text); e != nil {
		return nil, input.ErrorList{e}
	}
	var raw map[string]any
	if _, err := toml.Decode(string(text), &raw); err != nil {
		return nil, input.ErrorList{tomlError(name, err)}
	}
	if e := planFile(name, raw); e != nil {
		return nil, input.ErrorList{e}
	}
	lines := indexLines(string(text))
	named, path, e := o.namedPlan(name, raw, lines.topLine("plan"))
	if e != nil {
		return nil, input.ErrorList{e}
	}
	if named != nil {
		p = named
	}
	l := &loader{name: name, plan: p, opts: o, lines: lines, seen: map[string]string{}, named: named != nil}
	a := l.actuals(raw)
	if err := l.errs.Err(); err != nil {
		return nil, err
	}
	a.PlanFile, a.Against = path, p
	a.Encoding, a.EncodingReason = enc.Encoding, enc.Reason
	return a, nil
}

// text decodes a file into UTF-8 text, refusing what cannot be an actuals
// file: nothing, or binary data.
func (o LoadOptions) text(name string, data []byte) ([]byte, input.Decoded, *input.Error) {
	file := input.Pos{File: name}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, input.Decoded{}, &input.Error{Pos: file, Msg: "empty file: nothing to check", Hint: "plan init writes a template"}
	}
	d, err := input.Decode(data, o.Encoding)
	if err == nil && bytes.IndexByte(d.Text, 0) >= 0 {
		err = errors.New("it holds zero bytes")
	}
	if err != nil {
		return nil, input.Decoded{}, &input.Error{Pos: file, Msg: "not a text file: an actuals file is TOML text",
			Hint: "save it as text: UTF-8, or GB18030 or UTF-16 as Windows tools write them"}
	}
	if len(bytes.TrimSpace(d.Text)) == 0 {
		return nil, input.Decoded{}, &input.Error{Pos: file, Msg: "empty file: nothing to check", Hint: "plan init writes a template"}
	}
	return d.Text, d, nil
}

// tomlError turns a TOML syntax error into an input.Error at its line and
// column. A number too large for TOML is said so, without its digits.
func tomlError(name string, err error) *input.Error {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return &input.Error{Pos: input.Pos{File: name}, Msg: "TOML: " + err.Error()}
	}
	pos := input.Pos{File: name, Line: pe.Position.Line, Col: pe.Position.Col}
	if strings.Contains(pe.Message, "is out of range for") {
		return &input.Error{Pos: pos, Key: pe.LastKey, Msg: "a number too large to be a figure",
			Hint: fmt.Sprintf("the figures of a plan are at most %g: check the number", indicators.MaxFigure)}
	}
	return &input.Error{Pos: pos, Msg: "TOML syntax: " + pe.Message}
}

// planFile refuses a plan file given where an actuals file belongs: it has
// a schema, a [plan] table or [[indicators]].
func planFile(name string, raw map[string]any) *input.Error {
	_, planTable := raw["plan"].(map[string]any)
	if raw["schema"] == nil && raw["indicators"] == nil && !planTable {
		return nil
	}
	return &input.Error{Pos: input.Pos{File: name}, Msg: "a plan file, not a file of actual figures",
		Hint: "give a plan file with --plan FILE; plan init writes an actuals file to fill in"}
}

// topLevel is what an actuals file holds at its top level.
var topLevel = []string{"plan", "period", "values", "tolerance", "nature"}

// loader reads the decoded TOML into Actuals, gathering every error.
type loader struct {
	name   string
	plan   *indicators.Plan
	opts   LoadOptions
	lines  keyLines
	seen   map[string]string // indicator ID → the key that set it
	period Period            // the file's period, once read; zero when it is in error
	named  bool              // the plan is the one the file names by its path
	errs   input.ErrorList
}

// add records an error about key in table, at the key's line.
func (l *loader) add(table, key string, err error) {
	l.addAt(l.lines.line(table, key), key, err)
}

// addAt records an error about key at a line; 0 for the file.
func (l *loader) addAt(line int, key string, err error) {
	l.errs.Append(inputError(input.Pos{File: l.name, Line: line}, key, err))
}

// errorf records an error about key in table.
func (l *loader) errorf(table, key, format string, args ...any) {
	l.add(table, key, fmt.Errorf(format, args...))
}

// actuals reads the top level: plan, period, [values], [tolerance].
func (l *loader) actuals(raw map[string]any) *Actuals {
	a := &Actuals{File: l.name, Tolerances: DefaultTolerances(), ByID: map[string]Tolerances{}, Natures: map[string]indicators.Nature{}}
	for _, k := range sortedKeys(raw) {
		if !slices.Contains(topLevel, k) {
			l.unknownTop(k, raw[k])
		}
	}
	a.Plan = l.planRef(raw["plan"])
	a.Period = l.readPeriod(raw["period"])
	l.period = a.Period
	if t, ok := l.table("", "tolerance", raw["tolerance"]); ok {
		l.tolerances(a, t)
	}
	if t, ok := l.table("", "nature", raw["nature"]); ok {
		l.natures(a, t)
	}
	if v, ok := l.table("", "values", raw["values"]); ok {
		a.Values = make([]Value, 0, len(v))
		for _, k := range l.keysInFileOrder("values", v) {
			if val, ok := l.value(k, v[k]); ok {
				a.Values = append(a.Values, val)
			}
		}
	}
	return a
}

// unknownTop reports a key or table an actuals file does not have, at its
// line or its header's, with the nearest name it may have meant.
func (l *loader) unknownTop(k string, v any) {
	what := "unknown key"
	if _, ok := v.(map[string]any); ok {
		what = "unknown table [" + k + "]"
	}
	hint := "an actuals file has plan, period, [values], [tolerance] and [nature]"
	if s := nearest(k, topLevel); s != "" {
		hint = fmt.Sprintf("did you mean %s?", s)
	}
	l.addAt(l.lines.topLine(k), k, problemf(hint, "%s", what))
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

// planRef checks the plan the file says it is for against the plan read,
// unless the file names the plan by its path.
func (l *loader) planRef(v any) string {
	if v == nil {
		return ""
	}
	s := fmt.Sprint(v)
	if l.named {
		return s
	}
	info := l.plan.Info
	if _, ok := v.(bool); ok || (s != strconv.Itoa(info.Year) && s != info.Title) {
		l.add("", "plan", problemf("give the file's plan with --plan FILE, name its document (plan = \"plans/city-2024.txt\"), or correct plan = in the file",
			"the file is for plan %q, but the plan read is %s (%d)", s, info.Title, info.Year))
	}
	return s
}

// tolerances reads [tolerance] and [tolerance.by_id].
func (l *loader) tolerances(a *Actuals, t map[string]any) {
	for _, k := range sortedKeys(t) {
		switch k {
		case "about", "warn":
			l.tolerance("tolerance", k, k, t[k], &a.Tolerances)
		case "by_id":
		default:
			l.errorf("tolerance", k, "unknown tolerance: use about, warn or [tolerance.by_id]")
		}
	}
	if t["by_id"] == nil {
		return
	}
	byID, ok := l.table("tolerance", "by_id", t["by_id"])
	if !ok {
		return
	}
	for _, ref := range sortedKeys(byID) { // after the file's own, which they start from
		l.toleranceFor(a, ref, byID[ref])
	}
}

// toleranceFor reads the tolerances of one indicator under [tolerance.by_id].
func (l *loader) toleranceFor(a *Actuals, ref string, v any) {
	ind, ok := l.plan.Lookup(ref)
	if !ok {
		if !l.ambiguous("tolerance.by_id", ref) {
			l.add("tolerance.by_id", ref, problemf(l.hint(ref), "no such indicator"))
		}
		return
	}
	tt, ok := v.(map[string]any)
	if !ok {
		l.errorf("tolerance.by_id", ref, "must be a table such as { about = \"0.3pp\", warn = \"10%%\" }")
		return
	}
	tol := inherited(a.Tolerances, ind)
	if ind.Rule != nil && ind.Rule.Kind == indicators.InStepWith {
		tol = InStepTolerances()
	}
	for _, k := range sortedKeys(tt) {
		if k != "about" && k != "warn" {
			l.errorf("tolerance.by_id", ref, "unknown tolerance %q: use about or warn", k)
			continue
		}
		if t, err := ParseTolerance(tt[k]); err == nil && t.Points && !takesPoints(ind) {
			l.add("tolerance.by_id", ref, problemf(`give a share of the target ("5%") or a number in its unit (0.5)`,
				"%s %q: percentage points are for a target in %%, and %s %s is in %s", k, t.Text, ind.ID, ind.Name, ind.Rule.Unit))
			continue
		}
		l.tolerance("tolerance.by_id", ref, k, tt[k], &tol)
	}
	a.ByID[ind.ID] = tol
}

// takesPoints reports whether a tolerance in percentage points means
// something for an indicator: its target is in %, ‰ or points, set against
// growth, or set by the higher level in a unit its figures give.
func takesPoints(ind *indicators.Indicator) bool {
	r := ind.Rule
	return r == nil || isRateUnit(r.Unit) || r.Kind == indicators.InStepWith || r.Kind == indicators.External
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
		if !ok && l.ambiguous("nature", ref) {
			continue
		}
		if !ok || ind.Rule == nil {
			l.add("nature", ref, problemf(l.hint(ref), "no such indicator with a target"))
			continue
		}
		s, _ := t[ref].(string)
		n, ok := indicators.ParseNature(s)
		if !ok {
			l.errorf("nature", ref, "nature %v: use rate, flow or stock", t[ref])
			continue
		}
		if n != indicators.Rate && isRateUnit(ind.Rule.Unit) {
			l.errorf("nature", ref, "%s %s has a target in %s, a rate: it cannot be a %s", ind.ID, ind.Name, ind.Rule.Unit, n)
			continue
		}
		a.Natures[ind.ID] = n
	}
}

// ambiguous adds an error and reports true when ref is a name several
// indicators share (其中:工业投资 under two rows): which one is meant only
// the file's writer knows.
func (l *loader) ambiguous(table, ref string) bool {
	named := l.plan.Named(ref)
	if len(named) < 2 {
		return false
	}
	ids := make([]string, len(named))
	for i, ind := range named {
		ids[i] = ind.ID
	}
	l.add(table, ref, problemf("give the ID of the one meant, such as \""+ids[0]+"\"",
		"%d indicators are named %s: %s", len(named), ref, strings.Join(ids, ", ")))
	return true
}

// hint is a did-you-mean for an unknown indicator, or where to find the
// names.
func (l *loader) hint(key string) string {
	if s := suggest(l.plan, key); s != "" {
		return fmt.Sprintf("did you mean %q?", s)
	}
	return "plan rules lists the keys, IDs and names"
}

// keysInFileOrder sorts the keys of a table by the line they are set on,
// keys of the same line (or of none known) by name.
func (l *loader) keysInFileOrder(table string, t map[string]any) []string {
	type keyLine struct {
		key  string
		line int
	}
	kls := make([]keyLine, 0, len(t))
	for k := range t {
		kls = append(kls, keyLine{k, l.lines.line(table, k)})
	}
	slices.SortFunc(kls, func(a, b keyLine) int {
		if a.line != b.line {
			return a.line - b.line
		}
		return strings.Compare(a.key, b.key)
	})
	keys := make([]string, len(kls))
	for i, kl := range kls {
		keys[i] = kl.key
	}
	return keys
}

// sortedKeys returns the keys of a map in order.
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
