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

// InferNature infers an indicator's nature from its name (with the names of
// the rows above it) and its rule: change and share words make a rate, words
// of an annual total a flow, words of a count a stock; failing those, a
// figure in % is a rate and any other figure a stock.
func InferNature(name string, r *Rule) Nature {
	n := Normalize(name)
	switch {
	case hasAny(n, "增速", "增长", "涨幅", "降低", "下降", "减少", "同步"):
		return Rate
	case hasAny(n, "比重", "占比", "比例", "份额", "率", "比", "浓度", "强度", "指数", "能耗", "水耗"):
		return Rate
	case hasAny(n, "新增", "实际使用", "进出口额", "接待", "交易额", "产量", "引进", "出口额", "投资额", "销售额",
		"营业收入", "游客", "生产总值", "总额", "产值", "收入", "增加值"):
		return Flow
	case hasAny(n, "数量", "人数", "位数", "总数", "个数", "能力", "保有量", "面积"):
		return Stock
	case hasAny(n, "人均", "每千人", "每万人", "每百人"):
		return Rate
	}
	if r == nil {
		return Rate
	}
	if u, ok := ParseUnit(r.Unit); ok && (u.Base == Percent || u.Base == "") || r.Kind == InStepWith {
		return Rate
	}
	return Stock
}
