package indicators

// NamePolarity infers from an indicator's name which direction is better. A
// name that says 降低, 下降 or 减少 measures the reduction, so more is better;
// rates of unemployment, prices, concentrations, energy use, emissions and
// deaths are better lower; a few balances are neutral; the rest, growth,
// counts and shares, are better higher.
func NamePolarity(name string) Polarity {
	n := Normalize(name)
	switch {
	case hasAny(n, "降低", "下降", "减少", "削减"):
		return Higher
	case hasAny(n, "失业率", "价格涨幅", "价格上涨", "价格指数", "物价", "浓度", "能耗", "排放",
		"死亡率", "死亡人数", "不良贷款率", "收入比", "倍差", "用水量", "水耗", "碳强度", "事故",
		"负债率", "PM2.5", "PM10", "化学需氧量", "氨氮", "氮氧化物", "挥发性有机物", "二氧化硫"):
		return Lower
	case hasAny(n, "人口自然增长率", "国际收支", "汇率", "出生率"):
		return Neutral
	}
	return Higher
}
