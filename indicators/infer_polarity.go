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
	case endsLower(n):
		return Lower
	case hasAny(n, neutralWords...):
		return Neutral
	}
	return Higher
}

// endsLower reports whether a name, or one of the names it lists
// (万元地区生产总值能耗、主要污染物排放), ends as an indicator that is
// better lower.
func endsLower(name string) bool {
	for _, n := range strings.Split(name, "、") {
		if hasSuffixAny(n, lowerBetterEnds...) {
			return true
		}
	}
	return false
}

// NamesDecrease reports whether an indicator's name asks for a decrease
// (单位GDP能耗降低, 主要污染物排放量减少): its figures are the size of the
// decrease, more being better, as those of a target that says 下降3%.
func NamesDecrease(name string) bool {
	n, _ := splitUnit(strings.ReplaceAll(Normalize(name), " ", ""))
	return namesDecrease(n)
}

// namesDecrease is NamesDecrease on a normalized name without its unit.
func namesDecrease(n string) bool { return hasAny(n, decreaseWords...) }
