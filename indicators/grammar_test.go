package indicators

import (
	"testing"
)

// want is the expected reading of one part.
type want struct {
	kind     Kind
	value    float64 // Value, or Low for a range
	high     float64 // High for a range
	unit     string
	polarity Polarity // wording polarity; "" when the wording says nothing
	measure  Measure
	relation string
	stretch  float64
	note     string
	label    string
}

func TestParseTarget(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// at_least
		{"6.5%以上", []want{{kind: AtLeast, value: 6.5, unit: "%", polarity: Higher}}},
		{"不低于317天", []want{{kind: AtLeast, value: 317, unit: "天", polarity: Higher}}},
		{"达到3.95%", []want{{kind: AtLeast, value: 3.95, unit: "%", polarity: Higher}}},
		{"提高到11.3年", []want{{kind: AtLeast, value: 11.3, unit: "年", polarity: Higher}}},
		{"保持在1.3万亿斤以上", []want{{kind: AtLeast, value: 1.3, unit: "万亿斤", polarity: Higher}}},
		{"≥ 6.5%", []want{{kind: AtLeast, value: 6.5, unit: "%", polarity: Higher}}},
		// above
		{"超过50%", []want{{kind: Above, value: 50, unit: "%", polarity: Higher}}},
		{"突破3000亿元", []want{{kind: Above, value: 3000, unit: "亿元", polarity: Higher}}},
		{"高于2%", []want{{kind: Above, value: 2, unit: "%", polarity: Higher}}},
		{"实现正增长", []want{{kind: Above, value: 0, unit: "%", polarity: Higher, note: "实现正增长"}}},
		{"> 50%", []want{{kind: Above, value: 50, unit: "%", polarity: Higher}}},
		// at_most
		{"不高于1.68", []want{{kind: AtMost, value: 1.68, polarity: Lower}}},
		{"5%以内", []want{{kind: AtMost, value: 5, unit: "%", polarity: Lower}}},
		{"28微克/立方米以下", []want{{kind: AtMost, value: 28, unit: "微克/立方米", polarity: Lower}}},
		{"不超过3%", []want{{kind: AtMost, value: 3, unit: "%", polarity: Lower}}},
		{"压减到500万吨", []want{{kind: AtMost, value: 500, unit: "万吨", polarity: Lower}}},
		{"比例降低到5%", []want{{kind: AtMost, value: 5, unit: "%", polarity: Lower, label: "比例"}}},
		{"减少至1万人", []want{{kind: AtMost, value: 1, unit: "万人", polarity: Lower}}},
		{"3起以内", []want{{kind: AtMost, value: 3, unit: "起", polarity: Lower}}},
		{"55分贝以下", []want{{kind: AtMost, value: 55, unit: "分贝", polarity: Lower}}},
		{"1.5人/万车以内", []want{{kind: AtMost, value: 1.5, unit: "人/万车", polarity: Lower}}},
		{"控制在0.007人/亿元以内", []want{{kind: AtMost, value: 0.007, unit: "人/亿元", polarity: Lower}}},
		{"降至42微克/立方米以下", []want{{kind: AtMost, value: 42, unit: "微克/立方米", polarity: Lower}}},
		{"缩小到1.9以内", []want{{kind: AtMost, value: 1.9, polarity: Lower}}},
		{"≤ 1.68", []want{{kind: AtMost, value: 1.68, polarity: Lower}}},
		// below
		{"低于0.007人/亿元", []want{{kind: Below, value: 0.007, unit: "人/亿元", polarity: Lower}}},
		{"＜0.007人/亿元", []want{{kind: Below, value: 0.007, unit: "人/亿元", polarity: Lower}}},
		// about
		{"10%左右", []want{{kind: About, value: 10, unit: "%"}}},
		{"约5%", []want{{kind: About, value: 5, unit: "%"}}},
		{"6%上下", []want{{kind: About, value: 6, unit: "%"}}},
		{"达到30.5微克/立方米左右", []want{{kind: About, value: 30.5, unit: "微克/立方米"}}},
		{"与上年基本持平", []want{{kind: About, value: 0, unit: "%", note: "与上年基本持平"}}},
		// target
		{"5.5%", []want{{kind: Target, value: 5.5, unit: "%"}}},
		{"57家", []want{{kind: Target, value: 57, unit: "家"}}},
		{"376.78万人", []want{{kind: Target, value: 376.78, unit: "万人"}}},
		{"增长6%", []want{{kind: Target, value: 6, unit: "%", label: "增长"}}},
		{"10.6亿美元", []want{{kind: Target, value: 10.6, unit: "亿美元"}}},
		// range
		{"6%-6.5%", []want{{kind: Range, value: 6, high: 6.5, unit: "%"}}},
		{"4.5%至5%", []want{{kind: Range, value: 4.5, high: 5, unit: "%"}}},
		{"6～6.5%", []want{{kind: Range, value: 6, high: 6.5, unit: "%"}}},
		// in_step_with
		{"与经济增长基本同步", []want{{kind: InStepWith, relation: RelAbout}}},
		{"与经济增长 基本同步", []want{{kind: InStepWith, relation: RelAbout}}},
		{"高于经济增长", []want{{kind: InStepWith, relation: RelAbove}}},
		{"与经济增长基本同步，力争快于经济增长", []want{{kind: InStepWith, relation: RelAbout, note: "力争快于经济增长"}}},
		{"~ GDP growth", []want{{kind: InStepWith, relation: RelAbout}}},
		// external
		{"完成省下达目标", []want{{kind: External}}},
		{"完成国家下达的节能减排任务", []want{{kind: External}}},
		{"不超自治区年度下达指标", []want{{kind: External, relation: RelAtMost}}},
		// qualitative
		{"稳中提质", []want{{kind: Qualitative, note: "稳中提质"}}},
		{"保持基本稳定", []want{{kind: Qualitative, note: "保持基本稳定"}}},
		{"控制在合理区间", []want{{kind: Qualitative, note: "控制在合理区间"}}},
		{"控制在合理区间(1.2%左右)", []want{{kind: About, value: 1.2, unit: "%", note: "控制在合理区间"}}},
		// decrease
		{"下降3%左右", []want{{kind: About, value: 3, unit: "%", polarity: Higher, measure: Decrease, label: "下降"}}},
		{"降低2.5%", []want{{kind: Target, value: 2.5, unit: "%", polarity: Higher, measure: Decrease, label: "降低"}}},
		{"减少5%以上", []want{{kind: AtLeast, value: 5, unit: "%", polarity: Higher, measure: Decrease, label: "减少"}}},
		// modifiers and stretch
		{"力争7%", []want{{kind: Target, value: 7, unit: "%", note: "力争"}}},
		{"确保地区生产总值增长7%左右", []want{{kind: About, value: 7, unit: "%", note: "确保", label: "地区生产总值增长"}}},
		{"8%、力争9%", []want{{kind: AtLeast, value: 8, unit: "%", polarity: Higher, stretch: 9, note: "力争9%"}}},
		{"4.5%至5%,在实际工作中努力争取更好结果", []want{{kind: Range, value: 4.5, high: 5, unit: "%", note: "在实际工作中努力争取更好结果"}}},
		{"7%左右（力争8%）", []want{{kind: About, value: 7, unit: "%", stretch: 8, note: "力争8%"}}},
		{"增长5%-6%（力争7%）", []want{{kind: Range, value: 5, high: 6, unit: "%", stretch: 7, note: "力争7%", label: "增长"}}},
		{"5%-6%,力争7%", []want{{kind: Range, value: 5, high: 6, unit: "%", stretch: 7, note: "力争7%"}}},
		{"3%以内,力争2.5%", []want{{kind: AtMost, value: 3, unit: "%", polarity: Lower, stretch: 2.5, note: "力争2.5%"}}},
		{"3%(力争2.5%)以内", []want{{kind: AtMost, value: 3, unit: "%", polarity: Lower, stretch: 2.5, note: "力争2.5%以内"}}},
		{"5.5%,力争5%", []want{{kind: AtMost, value: 5.5, unit: "%", polarity: Lower, stretch: 5, note: "力争5%"}}},
		{"30微克/立方米,力争28微克/立方米", []want{{kind: AtMost, value: 30, unit: "微克/立方米", polarity: Lower, stretch: 28, note: "力争28微克/立方米"}}},
		{"(注)7%左右(力争8%)", []want{{kind: About, value: 7, unit: "%", stretch: 8, note: "力争8%", label: "(注)"}}},
		{"(力争8%)", []want{{kind: Target, value: 8, unit: "%", note: "力争"}}},
		// compound
		{"增长10%,占全国份额保持14.3‰左右", []want{
			{kind: Target, value: 10, unit: "%", label: "增长"},
			{kind: About, value: 14.3, unit: "‰", label: "占全国份额"}}},
		{"128个考核断面中,Ⅰ~Ⅲ类水断面占比和功能区达标率均达100%", []want{
			{kind: AtLeast, value: 100, unit: "%", polarity: Higher, label: "Ⅰ~Ⅲ类水断面占比", note: "128个考核断面中"},
			{kind: AtLeast, value: 100, unit: "%", polarity: Higher, label: "功能区达标率", note: "128个考核断面中"}}},
		{"分别增长8%和8%以上", []want{
			{kind: Target, value: 8, unit: "%", label: "增长"},
			{kind: AtLeast, value: 8, unit: "%", polarity: Higher}}},
		{"4.8%左右和4.3%左右", []want{{kind: About, value: 4.8, unit: "%"}, {kind: About, value: 4.3, unit: "%"}}},
		// numbers and units
		{"６.５％以上", []want{{kind: AtLeast, value: 6.5, unit: "%", polarity: Higher}}},
		{"控制在千分之四点五以内", []want{{kind: AtMost, value: 4.5, unit: "‰", polarity: Lower}}},
		{"提高2个百分点", []want{{kind: Target, value: 2, unit: "个百分点", label: "提高"}}},
		{"75L/d", []want{{kind: Target, value: 75, unit: "L/d"}}},
		{"比2020年翻一番", []want{{kind: Target, value: 2, unit: "x", label: "比2020年"}}},
		{"保持或优于Ⅱ类", []want{{kind: AtMost, value: 2, unit: "类", polarity: Lower, note: "保持"}}},
		// asides, spans of years and lengths of time
		{"6%(上年实绩8%)", []want{{kind: Target, value: 6, unit: "%", note: "(上年实绩8%)"}}},
		{"5%(2025年8%)", []want{{kind: Target, value: 5, unit: "%", note: "(2025年8%)"}}},
		{"2023-2025年累计下降3%", []want{{kind: Target, value: 3, unit: "%", polarity: Higher, measure: Decrease, label: "2023年-2025年累计下降"}}},
		{"3年累计增长15%", []want{{kind: Target, value: 15, unit: "%", label: "3年累计增长"}}},
		{"提高到11.3年", []want{{kind: AtLeast, value: 11.3, unit: "年", polarity: Higher}}},
		// signs, thousands and ratios
		{"-3.5%", []want{{kind: Target, value: -3.5, unit: "%"}}},
		{"−2%左右", []want{{kind: About, value: -2, unit: "%"}}},
		{"增长-1%", []want{{kind: Target, value: -1, unit: "%", label: "增长"}}},
		{"-1%至1%", []want{{kind: Range, value: -1, high: 1, unit: "%"}}},
		{"5%-6%", []want{{kind: Range, value: 5, high: 6, unit: "%"}}},
		{"12,000", []want{{kind: Target, value: 12000}}},
		{"1,200万元以上", []want{{kind: AtLeast, value: 1200, unit: "万元", polarity: Higher}}},
		{"1,200,力争1,500", []want{{kind: AtLeast, value: 1200, polarity: Higher, stretch: 1500, note: "力争1500"}}},
		{"3,80", []want{{kind: Target, value: 3}, {kind: Target, value: 80}}},
		{"1.68:1以内", []want{{kind: AtMost, value: 1.68, polarity: Lower}}},
		{"缩小到2.1∶1", []want{{kind: AtMost, value: 2.1, polarity: Lower}}},
		// traditional characters
		{"控制在4%以內", []want{{kind: AtMost, value: 4, unit: "%", polarity: Lower}}},
		{"達到81%以上", []want{{kind: AtLeast, value: 81, unit: "%", polarity: Higher}}},
		{"增長30%,達到170億美元", []want{
			{kind: Target, value: 30, unit: "%", label: "增长"},
			{kind: AtLeast, value: 170, unit: "亿美元", polarity: Higher}}},
		{"與經濟增速同步", []want{{kind: InStepWith, relation: RelAbout}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ParseTarget(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("ParseTarget(%q) = %d parts %+v, want %d", tt.in, len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				checkPart(t, tt.in, got[i], w)
			}
		})
	}
}

// checkPart compares one part with its expected reading.
func checkPart(t *testing.T, in string, p Part, w want) {
	t.Helper()
	r := p.Rule
	value, _ := r.Num()
	if r.Kind != w.kind || value != w.value || deref(r.High) != w.high || r.Unit != w.unit {
		t.Errorf("ParseTarget(%q) = %s %v–%v %q, want %s %v–%v %q", in, r.Kind, value, deref(r.High), r.Unit, w.kind, w.value, w.high, w.unit)
	}
	if r.Polarity != w.polarity || r.Measure != w.measure || r.Relation != w.relation {
		t.Errorf("ParseTarget(%q) polarity/measure/relation = %q/%q/%q, want %q/%q/%q", in, r.Polarity, r.Measure, r.Relation, w.polarity, w.measure, w.relation)
	}
	if deref(r.Stretch) != w.stretch || r.Note != w.note || p.Label != w.label {
		t.Errorf("ParseTarget(%q) stretch/note/label = %v/%q/%q, want %v/%q/%q", in, deref(r.Stretch), r.Note, p.Label, w.stretch, w.note, w.label)
	}
}

func TestNamePolarity(t *testing.T) {
	tests := []struct {
		name string
		want Polarity
	}{
		{"地区生产总值增速(GDP)", Higher},
		{"博物馆数量", Higher},
		{"高新技术产业增加值占规上工业增加值比重", Higher},
		{"城镇调查失业率", Lower},
		{"居民消费价格涨幅", Lower},
		{"PM2.5年均浓度", Lower},
		{"城乡居民人均可支配收入比", Lower},
		{"不良贷款率", Lower},
		{"亿元GDP生产事故死亡率", Lower},
		{"单位GDP能耗降低", Higher},
		{"主要污染物排放量降低 氨氮", Higher},
		{"氨氮", Lower},
		{"人口自然增长率", Neutral},
		{"城镇调查失业率(%)", Lower},
		{"万元GDP用水量", Lower},
		{"城乡居民人均可支配收入比上年增长", Higher},
		{"税收收入占一般公共预算收入比重", Higher},
		{"污染源达标排放率", Higher},
		{"事故隐患整改率", Higher},
		{"PM2.5达标天数比例", Higher},
		{"工业用水量重复利用率", Higher},
		{"研发投入强度", Higher},
	}
	for _, tt := range tests {
		if got := NamePolarity(tt.name); got != tt.want {
			t.Errorf("NamePolarity(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestConvert(t *testing.T) {
	tests := []struct {
		v        float64
		from, to string
		want     float64
		wantErr  bool
	}{
		{1.43, "%", "‰", 14.3, false},
		{10.2, "万人", "万人", 10.2, false},
		{102000, "人", "万人", 10.2, false},
		{1, "亿美元", "万美元", 10000, false},
		{0.5, "个百分点", "%", 0.5, false},
		{5, "吨", "%", 0, true},
		{5, "", "%", 0, true},
		{5, "斤斤", "斤", 0, true},
	}
	for _, tt := range tests {
		got, err := Convert(tt.v, tt.from, tt.to)
		if (err != nil) != tt.wantErr {
			t.Errorf("Convert(%v, %q, %q) error = %v, want error %v", tt.v, tt.from, tt.to, err, tt.wantErr)
			continue
		}
		if !tt.wantErr && !close(got, tt.want) {
			t.Errorf("Convert(%v, %q, %q) = %v, want %v", tt.v, tt.from, tt.to, got, tt.want)
		}
	}
}

func close(a, b float64) bool {
	d := a - b
	return d < 1e-9 && d > -1e-9
}
