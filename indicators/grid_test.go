package indicators

import (
	"strings"
	"testing"
)

// TestSmallTables reads short tables in the row forms, one feature each.
func TestSmallTables(t *testing.T) {
	type row struct {
		id, name, category, parent string
		rule                       string // Symbol of the rule; "" for a group
	}
	tests := []struct {
		name, doc string
		want      []row
		diags     int
	}{
		{"unit in the target column's header", "指标 | 2024年目标(%)\n地区生产总值增长 | 6左右\n城镇调查失业率 | 5.5以内\n",
			[]row{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, 0},
		{"growth column with its unit", "指标 | 增速(%)\n规上工业增加值 | 6以上\n",
			[]row{{"1", "规上工业增加值", "", "", "≥ 6%"}}, 0},
		{"outer pipes and a rule row", "| 序号 | 指标 | 目标 |\n|:--|---|--:|\n| 1 | 地区生产总值增长 | 5%左右 |\n",
			[]row{{"1", "地区生产总值增长", "", "", "≈ 5%"}}, 0},
		{"an empty first cell without outer pipes", "类别 | 指标 | 目标\n经济 | 地区生产总值增长 | 5%左右\n | 服务业增加值增长 | 5%以上\n",
			[]row{{"1", "地区生产总值增长", "经济", "", "≈ 5%"}, {"2", "服务业增加值增长", "经济", "", "≥ 5%"}}, 0},
		{"a category as a row of its own", "指标 | 目标\n经济发展 |\n地区生产总值增长 | 5%左右\n",
			[]row{{"1", "地区生产总值增长", "经济发展", "", "≈ 5%"}}, 0},
		{"其中 under a numbered row, until the next number", "序号 | 指标 | 目标\n1 | 固定资产投资增长 | 6%以上\n | 其中: | \n | 制造业投资 | 10%以上\n | 交通投资 | 8%\n2 | 社会消费品零售总额增长 | 5%\n",
			[]row{{"1", "固定资产投资增长", "", "", "≥ 6%"}, {"1.1", "制造业投资", "", "1", "≥ 10%"}, {"1.2", "交通投资", "", "1", "8%"}, {"2", "社会消费品零售总额增长", "", "", "5%"}}, 0},
		{"a group row over # sub-items", "序号 | 指标 | 目标\n1 | 主要污染物排放量降低 | \n | #化学需氧量 | 完成省下达目标\n | #氨氮 | 完成省下达目标\n",
			[]row{{"1", "主要污染物排放量降低", "", "", ""}, {"1.1", "化学需氧量", "", "1", "= 上级下达目标"}, {"1.2", "氨氮", "", "1", "= 上级下达目标"}}, 0},
		{"an empty target takes the row above's", "指标 | 目标\n单位GDP能耗降低 | 完成省下达目标\n主要污染物减排 | \n",
			[]row{{"1", "单位GDP能耗降低", "", "", "= 上级下达目标"}, {"2", "主要污染物减排", "", "", "= 上级下达目标"}}, 0},
		{"a number that repeats", "序号 | 指标 | 目标\n1 | 地区生产总值增长 | 5%\n1 | 服务业增加值增长 | 5%\n",
			[]row{{"1", "地区生产总值增长", "", "", "5%"}, {"2", "服务业增加值增长", "", "", "5%"}}, 1},
		{"an actuals column beside the target", "指标 | 上年实绩 | 全年实绩 | 2024年目标 | 完成情况\n地区生产总值增长 | 5.6% | 5.8% | 5.5%左右 | 完成\n",
			[]row{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}}, 0},
		{"no target at all", "指标 | 目标\n进出口 | \n",
			[]row{{"1", "进出口", "", "", "—"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Read("t.txt", []byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			var got []row
			for _, ind := range p.Indicators {
				r := row{ind.ID, ind.Name, ind.Category, ind.Parent, ""}
				if ind.Rule != nil {
					r.rule = Symbol(*ind.Rule)
				}
				got = append(got, r)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("read %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("row %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
			if len(p.Diagnostics) != tt.diags {
				t.Errorf("diagnostics %v, want %d", p.Diagnostics, tt.diags)
			}
		})
	}
}

// TestHTMLSpans lays out a table with a cell spanning rows and columns.
func TestHTMLSpans(t *testing.T) {
	doc := `<table><tr><th rowspan="2">指标</th><th colspan="2">2024年</th></tr><tr><th>目标</th><th>属性</th></tr>
<tr><td>地区生产总值增长</td><td rowspan="2">6%左右</td><td>预期性</td></tr>
<tr><td>服务业增加值增长</td><td>预期性</td></tr></table>`
	p, err := Read("t.html", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if p.Info.Year != 2024 || p.Table.Form != "html" || len(p.Indicators) != 2 {
		t.Fatalf("read %+v %+v %d indicators", p.Info, p.Table, len(p.Indicators))
	}
	second := p.Indicators[1]
	if Symbol(*second.Rule) != "≈ 6%" || second.Attribute != "预期性" || !strings.Contains(second.Rule.Note, "merged over several rows") {
		t.Errorf("second row: %s %q %q, want the spanned target with a note", Symbol(*second.Rule), second.Attribute, second.Rule.Note)
	}
}
