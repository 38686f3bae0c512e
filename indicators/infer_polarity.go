package indicators

import "strings"

// NamePolarity infers from an indicator's name which direction is better. A
// name that asks for a decrease (降低, 下降, 减少, 削减) measures the
// reduction, so more is better; a name that ends as rates of
// unemployment, prices, concentrations, energy use, emissions and deaths
// do is better lower; a few balances are neutral; the rest, growth, counts
// and shares, are better higher. A unit in brackets after the name does
// not count.
func NamePolarity(name string) Polarity {
	n := strings.ReplaceAll(Normalize(name), " ", "")
	n, _ = splitUnit(n)
	switch {
	case namesDecrease(n):
		return Higher
	case endsLower(n), hasAny(n, lowerBetterWords...), hasAny(n, perOutputWords...):
		return Lower // 万元GDP用水强度: what a unit of output uses or emits
	case hasAny(n, neutralWords...):
		return Neutral
	}
	return Higher
}

// RulePolarity infers which direction is better for a rule from its
// indicator's name, as NamePolarity does, where the name and the target
// agree. A name that asks for a decrease measures the reduction (化学需氧量
// 排放量削减 | 1500吨 is a cut of 1500 tonnes or more), except where what
// falls is a level its target states in a unit of its own: PM2.5平均浓度下降
// | 35微克/立方米 is a concentration to keep under 35. A name that ends in
// the level it falls to (比例降低到 | 5%) is better lower.
func RulePolarity(name string, r *Rule) Polarity {
	n, _ := splitUnit(strings.ReplaceAll(Normalize(name), " ", ""))
	switch {
	case hasSuffixAny(n, toLevelEnds...):
		return Lower
	case r != nil && r.Kind == External && r.Relation == RelAtMost && !namesDecrease(n):
		return Lower // 不超省下达限额: a quota is a ceiling
	case namesDecrease(n) && isLevelRule(r):
		if level := stripWords(n, decreaseWords); hasSuffixAny(level, levelNameEnds...) {
			return NamePolarity(level)
		}
	}
	return NamePolarity(name)
}

// isLevelRule reports whether a rule's target is a level in a unit of its
// own (35微克/立方米, 500万吨), not a rate or a size of change.
func isLevelRule(r *Rule) bool {
	if r == nil || r.Measure == Decrease || r.Kind == External || r.Kind == Qualitative || r.Kind == InStepWith {
		return false
	}
	u, ok := ParseUnit(r.Unit)
	return ok && u.Base != "" && u.Base != Percent
}

// stripWords removes every word of a list from s.
func stripWords(s string, words []string) string {
	for _, w := range words {
		s = strings.ReplaceAll(s, w, "")
	}
	return s
}

// endsLower reports whether a name, or one of the names it lists
// (万元地区生产总值能耗、主要污染物排放), ends as an indicator that is
// better lower.
func endsLower(name string) bool {
	// 居民消费价格(CPI)涨幅, 居民消费价格指数(上年=100): what a bracket
	// says of the figure is not what the name ends as.
	name = bracketed().ReplaceAllString(name, "")
	for _, n := range strings.Split(name, "、") {
		if hasSuffixAny(n, lowerBetterEnds...) {
			return true
		}
		// 能源消费总量增长 | 3%左右: the growth of a total better lower
		for _, g := range growthNameEnds {
			if stem, ok := strings.CutSuffix(n, g); ok && hasSuffixAny(stem, lowerBetterEnds...) {
				return true
			}
		}
	}
	return false
}

// bracketed matches a bracketed aside in a name: (CPI), (上年=100).
var bracketed = lazyRegexp(`[(（][^()（）]*[)）]`)

// NamesDecrease reports whether an indicator's name asks for a decrease
// (单位GDP能耗降低, 主要污染物排放量减少): its figures are the size of the
// decrease, more being better, as those of a target that says 下降3%.
func NamesDecrease(name string) bool {
	n, _ := splitUnit(strings.ReplaceAll(Normalize(name), " ", ""))
	return namesDecrease(n)
}

// namesDecrease is NamesDecrease on a normalized name without its unit.
// A name that ends as a growth (节能减排投资增长) measures the growth of
// what it names, whatever words name it.
func namesDecrease(n string) bool {
	if hasSuffixAny(n, growthNameEnds...) {
		return false
	}
	return hasAny(n, decreaseWords...) || hasSuffixAny(n, decreaseNameEnds...)
}

// saysDirection reports whether a name says which way its indicator is
// better: a word of a decrease, of a thing better lower, of a balance, or
// of a thing better higher (growth, shares, counts, output). Where it says
// nothing, higher is a guess.
func saysDirection(name string) bool {
	n := bracketed().ReplaceAllString(strings.ReplaceAll(Normalize(name), " ", ""), "")
	return hasSuffixAny(n, toLevelEnds...) || namesDecrease(n) || endsLower(n) || hasAny(n, lowerBetterWords...) ||
		hasAny(n, perOutputWords...) || hasAny(n, neutralWords...) || hasAny(n, higherBetterWords...)
}

// needsDirection reports whether a rule's verdict turns on a polarity its
// wording does not give: a bare figure is at least it or at most it, 左右
// and a range pass on one side. A higher level's target to complete
// (完成省下达目标) says to reach it.
func needsDirection(r *Rule) bool {
	switch r.Kind {
	case Target, About, Range:
		return true
	}
	return false
}
