package indicators

// Kind is the form of a target: what an actual figure is compared with.
type Kind string

// The kinds of rule. Their names are part of the JSON schema.
const (
	AtLeast     Kind = "at_least"     // 以上, 不低于, 达到: actual ≥ value
	Above       Kind = "above"        // 超过, 突破, 高于: actual > value
	AtMost      Kind = "at_most"      // 以内, 以下, 不高于: actual ≤ value
	Below       Kind = "below"        // 低于: actual < value
	About       Kind = "about"        // 左右, 约: actual ≈ value
	Target      Kind = "target"       // a bare figure, read by polarity
	Range       Kind = "range"        // 6%-6.5%: low ≤ actual ≤ high
	InStepWith  Kind = "in_step_with" // 与经济增长同步: compared with the reference indicator
	External    Kind = "external"     // 完成省下达目标: the figure comes from a higher level
	Qualitative Kind = "qualitative"  // 稳中提质: no figure to check
)

// Polarity says which direction of an indicator is better.
type Polarity string

// The polarities. Their names are part of the JSON schema.
const (
	Higher  Polarity = "higher"
	Lower   Polarity = "lower"
	Neutral Polarity = "neutral"
)

// Measure says what a figure measures: the level itself, or the size of a
// decrease (下降 3% is a decrease of 3%).
type Measure string

// The measures. Level is the default and is omitted from JSON.
const (
	Level    Measure = ""
	Decrease Measure = "decrease"
)

// Relations of an in_step_with rule to its reference, and of an external rule
// to the figure set from above.
const (
	RelAbout  = "about"   // 同步: about as much as the reference
	RelAbove  = "above"   // 高于: more than the reference
	RelAtMost = "at_most" // 不超…下达指标: no more than the quota
)

// Rule is one typed, checkable target. Figures are in Unit, as printed.
// The field tags name it in JSON output and in plan files (TOML).
type Rule struct {
	Kind     Kind     `json:"kind" toml:"kind"`
	Value    *float64 `json:"value,omitempty" toml:"value,omitempty"`
	Low      *float64 `json:"low,omitempty" toml:"low,omitempty"`
	High     *float64 `json:"high,omitempty" toml:"high,omitempty"`
	Unit     string   `json:"unit,omitempty" toml:"unit,omitempty"`
	Polarity Polarity `json:"polarity" toml:"polarity,omitempty"`
	Ref      string   `json:"ref,omitempty" toml:"ref,omitempty"`
	Relation string   `json:"relation,omitempty" toml:"relation,omitempty"`
	Measure  Measure  `json:"measure,omitempty" toml:"measure,omitempty"`
	Stretch  *float64 `json:"stretch,omitempty" toml:"stretch,omitempty"`
	Note     string   `json:"note,omitempty" toml:"note,omitempty"`
}

// num returns a pointer to v, for the optional figures of a Rule.
func num(v float64) *float64 { return &v }

// Num returns the rule's main figure: Value, or for a range its low end.
func (r *Rule) Num() (float64, bool) {
	switch {
	case r.Value != nil:
		return *r.Value, true
	case r.Low != nil:
		return *r.Low, true
	}
	return 0, false
}
