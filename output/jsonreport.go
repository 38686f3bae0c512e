package output

import (
	"bytes"
	"math"
	"strconv"
	"unicode/utf8"

	"plan/check"
	"plan/indicators"
)

// reportEncoder writes check reports as JSON, the bytes encoding/json
// writes for them (with SetEscapeHTML(false) and, unless compact, an
// indent of two spaces), at a few times its speed: a run over many files
// writes gigabytes. It writes each field of check.Report, Result, Summary
// and indicators.Rule by name (a test fails when one of them gains a field
// it does not write); strings with nothing to escape, and numbers as
// encoding/json formats them, are written directly, anything else (and
// the plan a report names) through encoding/json.
type reportEncoder struct {
	prefix  string // before every line after the first
	compact bool   // one line, no spaces: JSON Lines
	out     jsonBuilder
}

// newReportEncoder starts an encoder of reports indented under prefix, or
// compact.
func newReportEncoder(prefix string, compact bool) *reportEncoder {
	return &reportEncoder{prefix: prefix, compact: compact}
}

// encode returns the JSON of a report; the bytes are the encoder's until
// the next call.
func (e *reportEncoder) encode(rep check.Report) ([]byte, error) {
	o := &e.out
	o.reset(e.prefix, e.compact)
	o.open('{')
	o.key("file")
	o.str(rep.File)
	if rep.Plan != nil {
		o.key("plan")
		if err := o.marshal(rep.Plan); err != nil {
			return nil, err
		}
	}
	o.key("period")
	o.str(rep.Period)
	o.key("results")
	o.open('[')
	for _, r := range rep.Results {
		o.elem()
		if err := e.result(r); err != nil {
			return nil, err
		}
	}
	o.close(']')
	o.key("summary")
	o.summary(rep.Summary)
	if rep.Error != "" {
		o.key("error")
		o.str(rep.Error)
	}
	o.close('}')
	return o.b, nil
}

// result writes one result object.
func (e *reportEncoder) result(r check.Result) error {
	o := &e.out
	o.open('{')
	o.key("id")
	o.str(r.ID)
	o.optStr("key", r.Key)
	o.key("name")
	o.str(r.Name)
	o.optStr("name_en", r.NameEn)
	o.optStr("category", r.Category)
	o.key("target")
	o.str(r.Target)
	o.key("rule")
	o.rule(r.Rule)
	o.key("nature")
	o.str(string(r.Nature))
	o.key("actual")
	o.num(r.Actual)
	o.key("actual_text")
	o.str(r.ActualText)
	o.optStr("unit", r.Unit)
	o.key("status")
	o.str(string(r.Status))
	o.key("note")
	o.str(r.Note)
	if r.Line != 0 {
		o.key("line")
		o.b = strconv.AppendInt(o.b, int64(r.Line), 10)
	}
	if r.Met != nil {
		o.key("met")
		o.b = strconv.AppendBool(o.b, *r.Met)
	}
	o.optStr("period", r.Period)
	if r.UnitSlip {
		o.key("unit_slip")
		o.b = append(o.b, "true"...)
	}
	o.close('}')
	return nil
}

// rule writes a rule, leaving out its figures that JSON cannot hold (NaN,
// ±Inf).
func (o *jsonBuilder) rule(r indicators.Rule) {
	o.open('{')
	o.key("kind")
	o.str(string(r.Kind))
	o.optNum("value", r.Value)
	o.optNum("low", r.Low)
	o.optNum("high", r.High)
	o.optStr("unit", r.Unit)
	o.key("polarity")
	o.str(string(r.Polarity))
	o.optStr("ref", r.Ref)
	o.optStr("relation", r.Relation)
	o.optStr("measure", string(r.Measure))
	o.optNum("stretch", r.Stretch)
	o.optStr("note", r.Note)
	o.close('}')
}

// jsonBuilder writes JSON piece by piece, indented as encoding/json
// indents: each member or element on a line of its own, after the prefix
// and two spaces per depth; an empty object or array as {} or [].
type jsonBuilder struct {
	b       []byte
	prefix  string
	compact bool
	depth   int
	empty   bool // the object or array just opened has no member yet
	lines   newlines
}

// reset starts a new value, keeping the buffer.
func (o *jsonBuilder) reset(prefix string, compact bool) {
	if o.prefix != prefix || o.compact != compact {
		o.lines = nil
	}
	o.b, o.prefix, o.compact, o.depth, o.empty = o.b[:0], prefix, compact, 0, false
}

// open opens an object or array.
func (o *jsonBuilder) open(c byte) {
	o.b = append(o.b, c)
	o.depth++
	o.empty = true
}

// close closes an object or array, on a line of its own unless it is empty.
func (o *jsonBuilder) close(c byte) {
	o.depth--
	if !o.empty {
		o.newline()
	}
	o.b = append(o.b, c)
	o.empty = false
}

// elem starts an element of an array.
func (o *jsonBuilder) elem() {
	if !o.empty {
		o.b = append(o.b, ',')
	}
	o.newline()
	o.empty = false
}

// key starts a member of an object: its key and colon.
func (o *jsonBuilder) key(k string) {
	o.elem()
	o.str(k)
	o.b = append(o.b, ':')
	if !o.compact {
		o.b = append(o.b, ' ')
	}
}

// newline breaks the line before a member, element or closing bracket.
func (o *jsonBuilder) newline() {
	if !o.compact {
		o.b = append(o.b, o.lines.at(o.depth, o.prefix, "  ")...)
	}
}

// optStr writes a member that encoding/json omits when empty.
func (o *jsonBuilder) optStr(k, v string) {
	if v != "" {
		o.key(k)
		o.str(v)
	}
}

// str writes a string: directly when it has nothing to escape (no quote,
// backslash or control character, valid UTF-8, no U+2028 or U+2029),
// else as encoding/json escapes it.
func (o *jsonBuilder) str(s string) {
	if !plainJSON(s) {
		o.marshal(s) // a string always encodes
		return
	}
	o.b = append(o.b, '"')
	o.b = append(o.b, s...)
	o.b = append(o.b, '"')
}

// plainJSON reports whether a string is written in JSON as it is.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' {
			return false
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// num writes a figure as encoding/json writes a float64 (as fmt's %g, but
// without an exponent from 1e-6 to below 1e21), or null for none, NaN or
// ±Inf, which JSON cannot hold.
func (o *jsonBuilder) num(v *float64) {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		o.b = append(o.b, "null"...)
		return
	}
	f := *v
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	start := len(o.b)
	o.b = strconv.AppendFloat(o.b, f, format, -1, 64)
	if n := len(o.b); format == 'e' && n-start >= 4 && o.b[n-4] == 'e' && o.b[n-3] == '-' && o.b[n-2] == '0' {
		o.b[n-2] = o.b[n-1] // e-07 is written e-7
		o.b = o.b[:n-1]
	}
}

// optNum writes a member that encoding/json omits when nil; a figure JSON
// cannot hold (NaN, ±Inf) is left out too, as if nil.
func (o *jsonBuilder) optNum(k string, v *float64) {
	if finite(v) != nil {
		o.key(k)
		o.num(v)
	}
}

// summary writes a summary's counts.
func (o *jsonBuilder) summary(s check.Summary) {
	o.open('{')
	for _, c := range []struct {
		k string
		n int
	}{{"pass", s.Pass}, {"warn", s.Warn}, {"fail", s.Fail}, {"missing", s.Missing}} {
		o.key(c.k)
		o.b = strconv.AppendInt(o.b, int64(c.n), 10)
	}
	if s.UnitSlip != 0 {
		o.key("unit_slip")
		o.b = strconv.AppendInt(o.b, int64(s.UnitSlip), 10)
	}
	o.close('}')
}

// marshal writes v as encoding/json does, indented at the current depth.
func (o *jsonBuilder) marshal(v any) error {
	b, err := marshalLine(v)
	if err != nil {
		return err
	}
	b = bytes.TrimSuffix(b, []byte("\n"))
	if o.compact {
		o.b = append(o.b, b...)
		return nil
	}
	o.b = indentJSON(o.b, b, o.lines.at(o.depth, o.prefix, "  ")[1:], "  ")
	return nil
}
