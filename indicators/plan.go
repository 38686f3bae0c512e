package indicators

import (
	"strings"

	"plan/input"
)

// Plan is a plan's target table read into typed rules.
type Plan struct {
	Info        Info
	Table       TableInfo // which table of the document was read
	Indicators  []Indicator
	Diagnostics []Diagnostic
}

// Info names a plan: its title, the year its targets are for, and who issued it.
type Info struct {
	Title  string `json:"title" toml:"title"`
	Year   int    `json:"year" toml:"year"`
	Issuer string `json:"issuer" toml:"issuer"`
}

// Indicator is one row of the target table, a sub-row, or one part of a
// compound target. A group row (交通、能源和水利投资增速 over its three
// sub-rows) has no rule of its own.
type Indicator struct {
	ID        string `json:"id" toml:"id"`                                   // "9", "9.3.1", "15.2"
	Key       string `json:"key,omitempty" toml:"key,omitempty"`             // ASCII key for TOML files: "gdp_growth"
	Name      string `json:"name" toml:"name"`                               // the name as printed, or built for a part
	NameEn    string `json:"name_en,omitempty" toml:"name_en,omitempty"`     // English name, where the glossary has one
	Category  string `json:"category,omitempty" toml:"category,omitempty"`   // 经济发展, 科技创新 …
	Parent    string `json:"parent,omitempty" toml:"parent,omitempty"`       // the ID of the row above a sub-row or part
	Target    string `json:"target" toml:"target"`                           // the target cell as printed
	Unit      string `json:"unit,omitempty" toml:"unit,omitempty"`           // the unit the row gives figures printed without one: its 单位 cell, a unit after its name or in its column's header
	Line      int    `json:"line" toml:"line,omitempty"`                     // the line (row of a sheet or table) of the target cell; of the name where there is none
	Column    int    `json:"column,omitempty" toml:"column,omitempty"`       // its column, where the form has columns (HTML, sheets, tables)
	Sheet     string `json:"sheet,omitempty" toml:"sheet,omitempty"`         // the sheet or table it is in, in an .xlsx or .docx
	Nature    Nature `json:"nature,omitempty" toml:"nature,omitempty"`       // rate, flow or stock; absent for a group row
	Attribute string `json:"attribute,omitempty" toml:"attribute,omitempty"` // 预期性 or 约束性, where the table has the column
	Rule      *Rule  `json:"rule" toml:"rule,omitempty"`                     // nil for a group row
}

// Diagnostic is something the reader says about a place in the document:
// a repair the layout proves, a cell it could not type, or a guess.
type Diagnostic struct {
	Line    int            `json:"line" toml:"line"`
	Column  int            `json:"column,omitempty" toml:"column,omitempty"`
	Sheet   string         `json:"sheet,omitempty" toml:"sheet,omitempty"`
	Kind    DiagnosticKind `json:"kind" toml:"kind"`
	Message string         `json:"message" toml:"message"`
}

// DiagnosticKind says how much a diagnostic matters.
type DiagnosticKind string

// The kinds of diagnostic. Their names are part of the JSON schema.
const (
	// Note: what the reader did that the document itself proves (a cell
	// merged over rows, a header split over two cells joined), or a cell
	// with nothing to check.
	Note DiagnosticKind = "note"
	// Guess: a reading the document does not prove (a target taken from the
	// row above in text, a cell the page dropped). plan rules --strict
	// refuses a plan with guesses.
	Guess DiagnosticKind = "guess"
)

// Pos is where the diagnostic points in file.
func (d Diagnostic) Pos(file string) input.Pos {
	return input.Pos{File: file, Sheet: d.Sheet, Line: d.Line, Col: d.Column}
}

// Pos is where the indicator's target (or name) stands in file.
func (ind *Indicator) Pos(file string) input.Pos {
	return input.Pos{File: file, Sheet: ind.Sheet, Line: ind.Line, Col: ind.Column}
}

// Lookup finds an indicator by its ID, else by its key, else by its name
// (as printed or normalized): an ID is never shadowed by a name that reads
// like one. A name several indicators share finds none (Named lists them),
// for taking the first would judge a figure against another row's target.
func (p *Plan) Lookup(ref string) (*Indicator, bool) {
	if strings.TrimSpace(ref) == "" {
		return nil, false // no reference, not a row that prints no name
	}
	n := Normalize(ref)
	for i := range p.Indicators {
		if ind := &p.Indicators[i]; ind.ID == ref || ind.ID == n {
			return ind, true
		}
	}
	for i := range p.Indicators {
		if ind := &p.Indicators[i]; ind.Key != "" && (ind.Key == ref || ind.Key == n) {
			return ind, true
		}
	}
	if named := p.Named(ref); len(named) == 1 {
		return named[0], true
	}
	return nil, false
}

// Named returns the indicators named ref, as printed or normalized.
func (p *Plan) Named(ref string) []*Indicator {
	if strings.TrimSpace(ref) == "" {
		return nil
	}
	var out []*Indicator
	n := Normalize(ref)
	for i := range p.Indicators {
		if ind := &p.Indicators[i]; ind.Name == ref || Normalize(ind.Name) == n {
			out = append(out, ind)
		}
	}
	return out
}

// Checked returns the indicators that have a rule, in table order.
func (p *Plan) Checked() []*Indicator {
	var out []*Indicator
	for i := range p.Indicators {
		if p.Indicators[i].Rule != nil {
			out = append(out, &p.Indicators[i])
		}
	}
	return out
}
