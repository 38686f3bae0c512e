package indicators

// InferNature infers an indicator's nature from its rule and its name (with
// the names of the rows above it).
//
// The rule decides first: a target in percent (增长6%左右, 比重3.1%), set
// against economic growth, or a decrease is a rate whatever the name says,
// for a growth rate is a rate even when the row is named after a level
// (地区生产总值 / 增长6%): pro-rating it by the months elapsed would pass a
// first quarter's 2% against a quarter of 6%. Only a level target (9.5万人,
// 10.6亿美元, 57家) is read by its name: shares and ratios are rates;
// annual totals (新增就业, 实际使用外资, 产值) flows; year-end counts
// (数量, 人数, 参保人数) stocks, unless they count what the year brings
// (新增, 新设); intensities (万元GDP用水量), a name that asks for a decrease
// (…排放量降低) and other per-head figures rates. A level target whose
// name says neither is a stock: judged before the year's end, a shortfall
// is at worst a warn, while reading a stock as a flow would pass a count
// far short of its target. A cap whose name says neither, better lower by
// its wording (20亿立方米以内) or its name (火灾事故起数), is a flow, for the
// same reason turned round: read as a stock, a half-year's total on pace
// to break the year's cap would pass.
func InferNature(name string, r *Rule) Nature {
	if r == nil || isRateRule(r) || r.Kind == Qualitative {
		return Rate // a qualitative target has no figure to share out over the year
	}
	n := Normalize(name)
	switch {
	case hasAny(n, rateNameWords...), namesDecrease(n) && !isLevelRule(r) && !hasSuffixAny(n, toLevelEnds...):
		// 主要污染物排放量降低 | 完成省下达目标: the size of a decrease is a
		// rate; 二氧化硫排放量削减到 | 3万吨以内 is a level
		return Rate
	case hasAny(n, perOutputWords...):
		return Rate // 万元GDP用水量: an intensity, whatever it measures
	case hasAny(n, yearCountWords...):
		return Flow // 新增就业人数, 新设经营主体: what the year brings
	case hasSuffixAny(n, stockNameWords...):
		return Stock // 外商投资企业数量: a count, whatever it counts
	case hasAny(n, flowNameWords...):
		return Flow
	case hasAny(n, stockNameWords...):
		return Stock // 每千人口拥有…托位数 counts places at the year's end, per head or not
	case hasAny(n, perHeadWords...):
		return Rate
	}
	if u, ok := ParseUnit(r.Unit); ok && u.Base == "" {
		return Rate // a bare number with no unit is an index or a ratio: 1.68, 103
	}
	if r.Polarity == Lower {
		return Flow // a cap, by its wording or its name (火灾事故起数 1500起)
	}
	return Stock
}

// isRateRule reports whether a rule is a rate by its own terms: in percent,
// set against another indicator's growth, or a decrease.
func isRateRule(r *Rule) bool {
	if r.Kind == InStepWith || r.Measure == Decrease {
		return true
	}
	u, ok := ParseUnit(r.Unit)
	return ok && u.Base == Percent
}
