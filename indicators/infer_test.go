package indicators

import (
	"strings"
	"testing"
)

// TestInferNature reads natures as a run's verdicts depend on them: a
// target in percent is a rate whatever the row is named (a first
// quarter's growth is judged against the annual growth, never a quarter of
// it); only a level target is a flow or a stock by its name.
func TestInferNature(t *testing.T) {
	tests := []struct {
		name, target string
		want         Nature
	}{
		{"地区生产总值", "增长6%左右", Rate},
		{"地区生产总值", "6.5%以上", Rate},
		{"规上工业增加值", "增长8%", Rate},
		{"城乡居民人均可支配收入", "与经济增长同步", Rate},
		{"一般公共预算收入", "增长5%", Rate},
		{"社会消费品零售总额", "6%", Rate},
		{"单位GDP能耗", "下降3%", Rate},
		{"全市生产总值", "4620亿元", Flow},
		{"新增城镇就业", "9.5万人以上", Flow},
		{"实际使用外资额", "10.6亿美元", Flow},
		{"博物馆数量", "57家", Stock},
		{"基本养老保险参保人数", "376.78万人", Stock},
		{"每千人口拥有3岁以下婴幼儿托位数", "4.0个", Stock},
		{"城乡居民人均可支配收入比", "不高于1.68", Rate},
		{"居民消费价格指数", "103左右", Rate},
		{"粮食综合生产能力", "153万吨", Stock},
		{"垃圾分类处理设施", "12座", Stock}, // a level whose name says neither: at worst a warn before the year's end
		{"用水总量", "20亿立方米以内", Flow},
		{"能源消费总量", "1000万吨标准煤以内", Flow},
		{"生产安全事故死亡人数", "控制在120人以内", Flow},
		{"政府债务余额", "控制在500亿元以内", Stock},
		{"新增建设用地", "不超过2万亩", Flow},
		{"臭氧超标天数", "30天以内", Flow}, // a cap whose name says neither: a half-year on pace to break it is no pass
		{"主要污染物排放量降低", "完成省下达目标", Rate},
		{"二氧化硫排放量削减到", "3万吨以内", Flow},
		{"外商投资企业数量", "400家", Stock},
		{"火灾事故起数", "120起以内", Flow},
		{"常住人口总量", "540万人以上", Stock},
		{"人才资源总量", "300万人", Stock},
		{"政府债务", "300亿元以内", Stock},
		{"火灾事故起数", "1500", Flow},
		{"外贸出口", "2200亿元", Flow},
		{"实际利用外资", "12亿美元", Flow},
		{"技术合同成交额", "150亿元", Flow},
		{"新设经营主体", "5万户", Flow},
		{"全社会用电量", "600亿千瓦时", Flow},
		{"万元地区生产总值用水量", "25立方米", Rate},
		{"城镇棚户区改造开工", "完成省下达目标", Flow},
		{"进出口", "促稳提质", Rate},
		{"基层治理示范村数量", "50个", Stock},
		{"社会治理能力", "90分", Stock},
		{"城镇就业人员", "500万人", Stock},
		{"城市区域环境噪声平均值", "55分贝", Rate}, // a level, not a total
		{"水土流失治理面积", "300平方公里", Flow},
		{"降低企业成本", "300亿元", Flow},
		{"高校毕业生来本地就业创业", "8万人", Flow},
	}
	for _, tt := range tests {
		parts := ParseTarget(tt.target)
		if got := InferNature(tt.name, &parts[0].Rule); got != tt.want {
			t.Errorf("InferNature(%q, %q) = %s, want %s", tt.name, tt.target, got, tt.want)
		}
	}
}

// TestGrowthReference finds the GDP growth row among the names plans give
// it, and not among rows that only mention the economy's output.
func TestGrowthReference(t *testing.T) {
	for _, tt := range []struct {
		rows []string // name | target, the first row's target in step with growth
		want string
	}{
		{[]string{"居民收入增长|与经济增长同步", "地区生产总值|增长6%左右"}, "2"},
		{[]string{"居民收入增长|与经济增长同步", "地区生产总值增长|6%"}, "2"},
		{[]string{"居民收入增长|与经济增长同步", "GDP增速|5.5%左右"}, "2"},
		{[]string{"居民收入增长|与经济增长同步", "全市生产总值|4620亿元", "全市生产总值增速|7%以上"}, "3"},
		{[]string{"居民收入增长|与经济增长同步", "国内生产总值增长|5%左右"}, "2"},
		{[]string{"居民收入增长|与经济增长同步", "人均地区生产总值增长|5%", "单位GDP能耗降低|3%"}, ""},
	} {
		p := &Plan{}
		for i, row := range tt.rows {
			name, target, _ := strings.Cut(row, "|")
			rule := ParseTarget(target)[0].Rule
			p.Indicators = append(p.Indicators, Indicator{ID: string(rune('1' + i)), Name: name, Target: target, Rule: &rule})
		}
		finish(p, true)
		if got := p.Indicators[0].Rule.Ref; got != tt.want {
			t.Errorf("%v: reference %q, want %q", tt.rows, got, tt.want)
		}
	}
}

// TestRulePolarity infers which direction is better from a row's name and
// its target, as finish does for a row whose target does not say.
func TestRulePolarity(t *testing.T) {
	tests := []struct {
		name, target string
		want         Polarity
	}{
		{"地区生产总值增长", "6%", Higher},
		{"城镇调查失业率", "5.5%", Lower},
		{"单位GDP能耗降低", "完成省下达目标", Higher}, // the size of the reduction
		{"单位GDP能耗降低", "3%", Higher},
		{"主要污染物排放量降低", "完成省下达目标", Higher},
		{"PM2.5平均浓度下降", "35微克/立方米", Lower}, // a level: the concentration, not its fall
		{"化学需氧量排放量削减", "1500吨", Higher},    // the size of the cut
		{"煤炭消费量压减", "50万吨", Higher},
		{"地表水劣V类水体比例降低到", "5%", Lower}, // the level it falls to
		{"劣V类水体比例", "0", Lower},
		{"能源消费总量", "完成省下达目标", Lower},
		{"居民消费价格总水平涨幅", "3%左右", Lower},
		{"居民消费价格指数(上年=100)", "103左右", Lower},
		{"森林火灾受害率", "1‰", Lower},
		{"地方政府债务率", "85%", Lower},
		{"城乡居民人均可支配收入比上年增长", "6%", Higher},
		{"较大及以上生产安全事故", "0起", Lower},
		{"重污染天数", "3天", Lower},
		{"居民消费价格(CPI)涨幅", "3%左右", Lower},
		{"能源消费总量增长", "3%左右", Lower},
		{"城乡居民人均可支配收入之比", "1.75", Lower},
		{"15岁以上人群吸烟率", "20%", Lower},
		{"环境空气质量综合指数", "3.9", Lower},
		{"高峰时段交通拥堵指数", "1.8", Lower},
		{"城市区域环境噪声平均值", "55分贝", Lower},
		{"出生人口性别比", "108左右", Neutral},
		{"地方政府债务余额", "控制在省下达限额以内", Lower},
	}
	for _, tt := range tests {
		parts := ParseTarget(tt.target)
		if got := RulePolarity(tt.name, &parts[0].Rule); got != tt.want {
			t.Errorf("RulePolarity(%q, %q) = %s, want %s", tt.name, tt.target, got, tt.want)
		}
	}
}

// TestDecreaseByName marks as a decrease the rules whose row's name asks
// for one, and not those whose name only names a thing that falls.
func TestDecreaseByName(t *testing.T) {
	for _, tt := range []struct {
		name, target string
		want         bool
	}{
		{"单位GDP能耗降低", "完成省下达目标", true},
		{"单位GDP能耗降低", "3%", true},
		{"主要污染物减排", "完成省下达目标", true},
		{"城镇调查失业率降低", "0.2个百分点", true},
		{"节能减排投资增长", "10%", false},    // the growth of an investment
		{"碳减排支持工具贷款增长", "15%", false}, // the growth of loans
		{"PM2.5平均浓度下降", "35微克/立方米", false},
		{"化学需氧量排放量削减", "1500吨", false}, // a level: read as the size by its polarity, with no measure
	} {
		r := ParseTarget(tt.target)[0].Rule
		r.Polarity = RulePolarity(tt.name, &r)
		if got := decreaseByName(tt.name, &r); got != tt.want {
			t.Errorf("decreaseByName(%q, %q) = %v, want %v", tt.name, tt.target, got, tt.want)
		}
	}
}
