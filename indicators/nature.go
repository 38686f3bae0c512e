package indicators

// Nature says how an indicator accumulates over the year, which decides how a
// figure for part of the year is judged.
type Nature string

// The natures. Their names are part of the JSON schema and the actuals file.
const (
	// Rate: growth rates, shares, ratios, concentrations, per-capita figures.
	// A year-to-date figure is compared with the annual target directly.
	Rate Nature = "rate"
	// Flow: annual totals that accumulate through the year (新增就业, 实际使用外资).
	// A year-to-date figure is compared with the elapsed share of the target.
	Flow Nature = "flow"
	// Stock: counts at the year's end (博物馆数量, 参保人数). Before the end a
	// shortfall is not yet a miss.
	Stock Nature = "stock"
)

// ParseNature reads a nature's name.
func ParseNature(s string) (Nature, bool) {
	switch n := Nature(s); n {
	case Rate, Flow, Stock:
		return n, true
	}
	return "", false
}
