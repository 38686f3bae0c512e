package indicators

// NamePolarity infers from an indicator's name which direction is better. A
// name that asks for a decrease (降低, 下降, 减少, 削减) measures the
// reduction, so more is better; rates of unemployment, prices,
// concentrations, energy use, emissions and deaths are better lower; a few
// balances are neutral; the rest, growth, counts and shares, are better
// higher.
func NamePolarity(name string) Polarity {
	n := Normalize(name)
	switch {
	case hasAny(n, decreaseWords...):
		return Higher
	case hasAny(n, lowerBetterWords...):
		return Lower
	case hasAny(n, neutralWords...):
		return Neutral
	}
	return Higher
}
