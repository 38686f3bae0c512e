package indicators

import (
	"fmt"
	"strings"
	"testing"

	"plan/input"
)

// shape is the reading of one indicator that the tests below spell out:
// its ID, name, category, parent and rule in symbols ("" for a group).
type shape struct {
	id, name, category, parent, rule string
}

// shapes reads a document and returns its indicators' shapes.
func shapes(t *testing.T, doc string) ([]shape, *Plan) {
	t.Helper()
	p, err := Read("t.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var got []shape
	for _, ind := range p.Indicators {
		s := shape{ind.ID, ind.Name, ind.Category, ind.Parent, ""}
		if ind.Rule != nil {
			s.rule = Symbol(*ind.Rule)
		}
		got = append(got, s)
	}
	return got, p
}

// diagKinds counts a plan's diagnostics by kind: "2 guess, 1 note".
func diagKinds(p *Plan) string {
	var guess, note int
	for _, d := range p.Diagnostics {
		if d.Kind == Guess {
			guess++
		} else {
			note++
		}
	}
	return fmt.Sprintf("%d guess, %d note", guess, note)
}

// TestLayoutsAndRows reads short tables, one form or feature each, in the
// shapes real pages print them.
func TestLayoutsAndRows(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []shape
		diags     string
	}{
		// Cells one a line.
		{"one cell a line with no number column",
			"指标名称\n2019年目标增长(%)\n2019年实际增长(%)\n指标属性\n地区生产总值\n7左右\n6.8\n预期性\n全员劳动生产率\n稳步提高\n稳步提高\n预期性\n",
			[]shape{{"1", "地区生产总值", "", "", "≈ 7%"}, {"2", "全员劳动生产率", "", "", "—"}}, "0 guess, 1 note"},
		{"a target worded like a name is the row's target, not a sub-row",
			"指标\n2024年目标\n单位GDP能耗\n继续下降\n城乡居民收入\n稳步增长\n进出口\n促稳提质\n",
			[]shape{{"1", "单位GDP能耗", "", "", "—"}, {"2", "城乡居民收入", "", "", "—"}, {"3", "进出口", "", "", "—"}}, "0 guess, 3 note"},
		{"header words spaced out and split over cells",
			"指  标  名  称\n\n2024年\n目标\n\n地区生产总值增长\n5%左右\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}}, "0 guess, 0 note"},
		{"指标 / 类型 split before the name column",
			"指标\n类型\n序号\n指标名称\n2024年目标\n经济发展\n1\n地区生产总值增长\n5%左右\n",
			[]shape{{"1", "地区生产总值增长", "经济发展", "", "≈ 5%"}}, "0 guess, 0 note"},
		{"主要指标 heads the names",
			"主要指标\n2024年目标\n地区生产总值增长\n5%左右\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}}, "0 guess, 0 note"},
		{"an empty target cell the page dropped: no target, never the row above's",
			"序号\n指标名称\n单位\n2021年目标\n指标属性\n1\n地区生产总值增长\n%\n7\n预期性\n2\n全员劳动生产率\n万元/人\n预期性\n3\n每万人发明专利拥有量\n12\n预期性\n",
			[]shape{{"1", "地区生产总值增长", "", "", "7%"}, {"2", "全员劳动生产率", "", "", "—"}, {"3", "每万人发明专利拥有量", "", "", "12"}}, "0 guess, 1 note"},
		{"a category on a line of its own, with its ordinal",
			"指标名称\n2024年目标\n一、经济发展\n地区生产总值增长\n5%左右\n二、社会民生\n城镇调查失业率\n5.5%以内\n",
			[]shape{{"1", "地区生产总值增长", "经济发展", "", "≈ 5%"}, {"2", "城镇调查失业率", "社会民生", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"a category the lexicon does not know, in the category column before a number",
			"类别\n序号\n指标名称\n2024年目标\n开放合作\n1\n外贸进出口总额增长\n5%左右\n2\n实际使用外资\n10亿美元\n营商环境\n3\n市场主体数量增长\n8%\n",
			[]shape{{"1", "外贸进出口总额增长", "开放合作", "", "≈ 5%"}, {"2", "实际使用外资", "开放合作", "", "10亿美元"}, {"3", "市场主体数量增长", "营商环境", "", "8%"}}, "0 guess, 0 note"},
		{"numbers inside the names",
			"指标名称\n2024年目标\n1.地区生产总值增长\n5%左右\n2、城镇调查失业率\n5.5%以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"其中: sub-items with their own printed numbers",
			"序号\n指标名称\n2021年目标\n1\n地区生产总值增长\n7%\n2\n其中:工业增加值\n6.5%\n3\n固定资产投资增长\n8%\n",
			[]shape{{"1", "地区生产总值增长", "", "", "7%"}, {"2", "工业增加值", "", "1", "6.5%"}, {"3", "固定资产投资增长", "", "", "8%"}}, "0 guess, 0 note"},
		{"footnote marks move to the note",
			"指标名称\n2024年目标\n地区生产总值增长注1\n5%左右\n单位GDP能耗降低①\n3%\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "单位GDP能耗降低", "", "", "↓ 3%"}}, "0 guess, 0 note"},
		{"a level and a growth target under a two-line header",
			"指标名称\n单位\n2015年目标\n2015年实绩\n绝对值\n增速(%)\n绝对值\n增速(%)\n全市生产总值\n亿元\n4620\n7以上\n4619.8\n8.3\n居民消费价格指数\n%\n103左右\n-\n100.7\n-\n",
			[]shape{{"1", "全市生产总值", "", "", ""}, {"1.1", "全市生产总值", "", "1", "4620亿元"}, {"1.2", "全市生产总值增速", "", "1", "≥ 7%"}, {"2", "居民消费价格指数", "", "", "≈ 103%"}}, "0 guess, 0 note"},
		{"a target broken over two lines",
			"指标名称\n2024年目标\n居民收入增长\n与经济增长\n基本同步\n不良贷款率\n控制在合理区间\n(1.2%左右)\n",
			[]shape{{"1", "居民收入增长", "", "", "~ GDP growth"}, {"2", "不良贷款率", "", "", "≈ 1.2%"}}, "0 guess, 1 note"},
		{"a group over sub-rows that share a merged target: a guess",
			"序号\n指标名称\n2023年目标\n1\n单位GDP能耗降低\n完成省下达目标\n2\n主要污染物排放量降低\n化学需氧量\n氨氮\n",
			[]shape{{"1", "单位GDP能耗降低", "", "", "↓ = 上级下达目标"}, {"2", "主要污染物排放量降低", "", "", ""},
				{"2.1", "化学需氧量", "", "2", "↓ = 上级下达目标"}, {"2.2", "氨氮", "", "2", "↓ = 上级下达目标"}}, "1 guess, 0 note"},
		{"one figure under a result and a target column: a bare figure is the result, a guess",
			"指标名称\n2023年实绩\n2024年目标\n地区生产总值增长\n5.6%\n5%左右\n城镇调查失业率\n4.8%\n居民收入增长\n6%\n与经济增长同步\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "城镇调查失业率", "", "", "—"}, {"3", "居民收入增长", "", "", "~ GDP growth"}}, "1 guess, 0 note"},
		{"one figure under a result and a target column: worded as a target, it is the target",
			"指标名称\n2023年实绩\n2024年目标\n地区生产总值增长\n5.6%\n5%左右\n城镇调查失业率\n5.5%以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"a group over sub-rows with placeholders: no target, never the row above's",
			"序号\n指标名称\n2023年目标\n1\n单位GDP能耗降低\n完成省下达目标\n2\n主要污染物排放量降低\n—\n化学需氧量\n—\n氨氮\n—\n",
			[]shape{{"1", "单位GDP能耗降低", "", "", "↓ = 上级下达目标"}, {"2", "主要污染物排放量降低", "", "", ""},
				{"2.1", "化学需氧量", "", "2", "—"}, {"2.2", "氨氮", "", "2", "—"}}, "0 guess, 2 note"},
		{"a page keeps its merged cells: blank target cells are blank",
			"<table><tr><td>序号</td><td>指标名称</td><td>2023年目标</td></tr><tr><td>1</td><td>单位GDP能耗降低</td><td>完成省下达目标</td></tr>" +
				"<tr><td>2</td><td>主要污染物排放量降低</td><td></td></tr><tr><td></td><td>化学需氧量</td><td></td></tr><tr><td></td><td>氨氮</td><td></td></tr></table>",
			[]shape{{"1", "单位GDP能耗降低", "", "", "↓ = 上级下达目标"}, {"2", "主要污染物排放量降低", "", "", ""},
				{"2.1", "化学需氧量", "", "2", "—"}, {"2.2", "氨氮", "", "2", "—"}}, "0 guess, 2 note"},
		{"a category the lexicon does not know, worded like a target, before a number",
			"类别\n序号\n指标名称\n2024年目标\n平安稳定\n1\n亿元GDP生产安全事故死亡率\n下降5%\n2\n城镇调查失业率\n5.5%以内\n",
			[]shape{{"1", "亿元GDP生产安全事故死亡率", "平安稳定", "", "↓ 5%"}, {"2", "城镇调查失业率", "平安稳定", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"指标名称 merged over the category and the name column",
			"<table><tr><td colspan=2>指标名称</td><td>2024年目标</td></tr><tr><td rowspan=2>经济发展</td><td>地区生产总值增长</td><td>5%左右</td></tr>" +
				"<tr><td>服务业增加值增长</td><td>5%以上</td></tr><tr><td>平安建设</td><td>亿元GDP生产安全事故死亡率</td><td>下降5%</td></tr></table>",
			[]shape{{"1", "地区生产总值增长", "经济发展", "", "≈ 5%"}, {"2", "服务业增加值增长", "经济发展", "", "≥ 5%"}, {"3", "亿元GDP生产安全事故死亡率", "平安建设", "", "↓ 5%"}}, "0 guess, 0 note"},
		{"a results table after the target table, under its title, is no part of it",
			"附表1 2024年主要目标\n序号\n指标名称\n2024年目标\n1\n地区生产总值增长\n5%左右\n2\n研发投入强度\n3.2%\n附表2 2023年主要指标完成情况\n序号\n指标名称\n2023年完成\n1\n规模以上工业增加值增长\n4.8%\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "研发投入强度", "", "", "3.2%"}}, "0 guess, 0 note"},
		{"a results table after the target table, its header alone between",
			"序号\n指标名称\n2024年目标\n1\n地区生产总值增长\n5%左右\n2\n研发投入强度\n3.2%\n序号\n指标名称\n2023年完成\n1\n规模以上工业增加值增长\n4.8%\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "研发投入强度", "", "", "3.2%"}}, "0 guess, 0 note"},
		// Rows with |.
		{"an unheaded first column of categories the lexicon does not know",
			" | 序号 | 指标名称 | 2024年目标\n经济发展 | 1 | 地区生产总值增长 | 5%左右\n | 2 | 服务业增加值增长 | 5%以上\n平安稳定 | 3 | 亿元GDP生产安全事故死亡率 | 下降5%\n",
			[]shape{{"1", "地区生产总值增长", "经济发展", "", "≈ 5%"}, {"2", "服务业增加值增长", "经济发展", "", "≥ 5%"}, {"3", "亿元GDP生产安全事故死亡率", "平安稳定", "", "↓ 5%"}}, "0 guess, 0 note"},
		{"a category the header does not head, printed before the name in a grid",
			"| 指标名称 | 2024年目标 |\n| 平安稳定 | 地区生产总值增长 | 5%左右 |\n| | 城镇调查失业率 | 5.5%以内 |\n| 创新驱动 | 研发投入强度 | 3.2% |\n",
			[]shape{{"1", "地区生产总值增长", "平安稳定", "", "≈ 5%"}, {"2", "城镇调查失业率", "平安稳定", "", "≤ 5.5%"}, {"3", "研发投入强度", "创新驱动", "", "3.2%"}}, "0 guess, 0 note"},
		{"targets of two years and a result, each its own header word: last year's result is never this year's target",
			"指标名称 | 2023年目标 | 2023年实绩 | 2024年目标\n地区生产总值增长 | 6.5%左右 | 5.9% | 6%左右\n研发经费投入强度 | 2.8% | 2.85% |\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "研发经费投入强度", "", "", "—"}}, "0 guess, 2 note"},
		{"a table copied with tabs keeps its empty cells in their columns",
			"指标名称\t2023年实绩\t2024年目标\n地区生产总值增长\t5.9%\t6%左右\n数字贸易额增长\t\t15%\n城镇调查失业率\t4.8%\t\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "数字贸易额增长", "", "", "15%"}, {"3", "城镇调查失业率", "", "", "—"}}, "0 guess, 1 note"},
		{"tabs: a name that begins with a quoted word is text, not a cell in quotes that takes the rows after it",
			"序号\t指标名称\t单位\t2024年目标\n1\t地区生产总值增长\t%\t6左右\n2\t\"三改一拆\"面积\t万平方米\t1000以上\n3\t城镇调查失业率\t%\t5.5以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "\"三改一拆\"面积", "", "", "≥ 1000万平方米"}, {"3", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"a cell of two lines in quotes, as Excel copies it, and a two-line header under tabs",
			"序号\t指标名称\t单位\t2023年\t\t2024年目标\n\t\t\t目标\t实绩\t\n1\t地区生产总值增长\t%\t6.5左右\t5.9\t6左右\n2\t\"居民人均可支配\n收入增长\"\t%\t同步\t6.1\t与经济增长同步\n3\t研发经费投入强度\t%\t2.8\t2.85\t\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "居民人均可支配收入增长", "", "", "~ GDP growth"}, {"3", "研发经费投入强度", "", "", "—"}}, "0 guess, 2 note"},
		{"a numbered row whose name spans its sub-rows beside a second name column (城镇, 农村) is their group",
			"<table><tr><td>序号</td><td colspan=\"2\">指标名称</td><td>2023年目标</td></tr>\n<tr><td>1</td><td colspan=\"2\">地区生产总值增长</td><td>6.5%左右</td></tr>\n<tr><td>2</td><td rowspan=\"2\">居民人均可支配收入增长</td><td>城镇</td><td>6.5%</td></tr>\n<tr><td></td><td>农村</td><td>7%</td></tr>\n<tr><td>3</td><td colspan=\"2\">城镇调查失业率</td><td>5.5%以内</td></tr></table>",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6.5%"}, {"2", "居民人均可支配收入增长", "", "", ""}, {"2.1", "城镇", "", "2", "6.5%"}, {"2.2", "农村", "", "2", "7%"}, {"3", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"the same copied as text: an empty header cell after the name's is the second name column",
			"序号 | 指标名称 | | 2023年目标\n1 | 地区生产总值增长 | | 6.5%左右\n2 | 居民人均可支配收入增长 | 城镇 | 6.5%\n | | 农村 | 7%\n3 | 城镇调查失业率 | | 5.5%以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6.5%"}, {"2", "居民人均可支配收入增长", "", "", ""}, {"2.1", "城镇", "", "2", "6.5%"}, {"2.2", "农村", "", "2", "7%"}, {"3", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"one cell a line: 2023年 over 目标 | 完成 beside 2024年 over 目标, the years unevenly split",
			"指标\n单位\n2023年\n2024年\n目标\n完成\n目标\n地区生产总值增长\n%\n6.5左右\n5.8\n6左右\n城镇新增就业\n万人\n12\n13.1\n12以上\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "城镇新增就业", "", "", "≥ 12万人"}}, "0 guess, 1 note"},
		{"one cell a line: the same with 属性 after the years, which no year heads",
			"序号\n指标\n单位\n2023年\n2024年\n属性\n目标\n完成\n目标\n1\n地区生产总值增长\n%\n6.5左右\n5.8\n6左右\n预期性\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}}, "0 guess, 1 note"},
		{"one cell a line: each year split from its word (2023年 / 完成 / 2024年 / 目标)",
			"序号\n指标名称\n单位\n2023年\n完成\n2024年\n目标\n属性\n1\n地区生产总值增长\n%\n5.8\n6左右\n预期性\n2\n城镇新增就业\n人\n13100\n12000以上\n预期性\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "城镇新增就业", "", "", "≥ 12000人"}}, "0 guess, 0 note"},
		{"columns: a two-character header word spaced out (指  标) beside whole words",
			" 序号        指  标              单位     2024年目标     属性\n  1   地区生产总值增长             %        6左右        预期性\n  2   城镇调查失业率               %        5.5以内      预期性\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"columns: 备  注 spaced out after whole words, its text wrapped under it",
			" 序号          指标名称               2024年目标      单位       属性        备  注\n  1   规上工业增加值增长                8以上           %       预期性    其中数字经济核心产业\n                                                                          增加值增长12%以上\n  2   城镇调查失业率                    5以内           %       预期性\n",
			[]shape{{"1", "规上工业增加值增长", "", "", "≥ 8%"}, {"2", "城镇调查失业率", "", "", "≤ 5%"}}, "0 guess, 1 note"},
		{"one cell a line: a unit broken after its slash (微克/ / 立方米)",
			"序号\n指标名称\n单位\n2024年目标\n1\n地区生产总值增长\n%\n7左右\n2\nPM2.5平均浓度\n微克/\n立方米\n25以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 7%"}, {"2", "PM2.5平均浓度", "", "", "≤ 25 微克/立方米"}}, "0 guess, 0 note"},
		{"a heading numbered 一、 is a category whatever its words (民生改善, 乡村振兴)",
			"序号\n指标名称\n单位\n2024年目标\n一、经济发展\n1\n地区生产总值增长\n%\n6\n二、民生改善\n2\n城镇调查失业率\n%\n5以内\n三、乡村振兴\n3\n农村居民人均可支配收入增长\n%\n7\n",
			[]shape{{"1", "地区生产总值增长", "经济发展", "", "6%"}, {"2", "城镇调查失业率", "民生改善", "", "≤ 5%"}, {"3", "农村居民人均可支配收入增长", "乡村振兴", "", "7%"}}, "0 guess, 0 note"},
		{"a bare target whose name says neither way is read as better higher, a guess",
			"指标名称 | 单位 | 2024年目标\n地区生产总值增长 | % | 6左右\n年末常住人口 | 万人 | 540\n城镇调查失业率 | % | 5.5\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "年末常住人口", "", "", "540万人"}, {"3", "城镇调查失业率", "", "", "5.5%"}}, "1 guess, 0 note"},
		{"a figure with a multiplier alone takes the base of its row's unit",
			"序号 | 指标名称 | 单位 | 2024年目标\n1 | 新增城镇就业 | 万人 | 2.8万\n2 | 实际使用外资 | 亿美元 | 5亿\n",
			[]shape{{"1", "新增城镇就业", "", "", "2.8万人"}, {"2", "实际使用外资", "", "", "5亿美元"}}, "0 guess, 0 note"},
		{"a Markdown table breaks a cell's lines with <br>",
			"| 序号 | 指标名称 | 2024年目标 |\n|---|---|---|\n| 1 | 地区生产总值增长 | 6%左右 |\n| 2 | 单位GDP<br>能耗降低 | 完成省<BR/>下达目标 |\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "单位GDP能耗降低", "", "", "↓ = 上级下达目标"}}, "0 guess, 0 note"},
		{"a row broken over two lines of a grid: the second line, with no number or name, continues it",
			"| 序号 | 指标名称 | 2024年目标 | 属性 |\n| 1 | 居民人均可支配收入增长 | 与经济增长 | |\n| | | 同步 | 预期性 |\n| 2 | 单位GDP能耗降低 | 完成省下达 | 约束性 |\n| | | 目标 | |\n| 3 | 城镇调查失业率 | 5.5%以内 | 预期性 |\n",
			[]shape{{"1", "居民人均可支配收入增长", "", "", "~ GDP growth"}, {"2", "单位GDP能耗降低", "", "", "↓ = 上级下达目标"}, {"3", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 3 note"}, // the third: no GDP row for the in-step target
		{"a line under a level holding a growth (| | | % | 7%以上 |) is a row of its own, never joined to the level",
			"| 序号 | 指标名称 | 单位 | 2024年目标 |\n| 1 | 地区生产总值 | 亿元 | 4620 |\n| | | % | 7%以上 |\n| 2 | 一般公共预算收入增长 | % | 6%左右 |\n",
			[]shape{{"1", "地区生产总值", "", "", "4620亿元"}, {"1.1", "", "", "1", "≥ 7%"}, {"2", "一般公共预算收入增长", "", "", "≈ 6%"}}, "0 guess, 0 note"},
		{"a line under a sub-row's group name is a sub-row, not the rest of the row above",
			"序号 | 指标名称 | 2024年目标\n1 | 主要污染物排放量降低 | 完成省下达目标\n | 化学需氧量 | 2%\n",
			[]shape{{"1", "主要污染物排放量降低", "", "", "↓ = 上级下达目标"}, {"1.1", "化学需氧量", "", "1", "2%"}}, "0 guess, 0 note"},
		{"a cell that fits no column is passed over, and said so",
			"序号 | 指标名称 | 2024年目标\n1 | 地区生产总值增长 | 见附注说明文字 | 5%左右\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}}, "0 guess, 1 note"},
		{"one figure in the result column of a grid: no target, no guess",
			"指标名称 | 2023年实绩 | 2024年目标\n地区生产总值增长 | 5.6% | 5%左右\n城镇调查失业率 | 4.8%\n居民收入增长 | | 6%\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "城镇调查失业率", "", "", "—"}, {"3", "居民收入增长", "", "", "6%"}}, "0 guess, 1 note"},
		{"a growth column after a result's is the result's growth, not a target",
			"| 指标名称 | 单位 | 2023年预计完成 | 比上年增长(%) | 2024年目标 |\n| 地区生产总值增长 | % | 5.8 | | 6左右 |\n| 城镇新增就业 | 万人 | 12.5 | 4.2 | 12以上 |\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "城镇新增就业", "", "", "≥ 12万人"}}, "0 guess, 0 note"},
		{"a growth column after a base level (基数) is the growth the plan sets on it",
			"| 指标名称 | 单位 | 2023年基数 | 增长(%) |\n| 地区生产总值 | 亿元 | 702 | 6左右 |\n",
			[]shape{{"1", "地区生产总值", "", "", "≈ 6%"}}, "0 guess, 0 note"},
		{"unit in the target column's header", "指标 | 2024年目标(%)\n地区生产总值增长 | 6左右\n城镇调查失业率 | 5.5以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 6%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"growth column with its unit", "指标 | 增速(%)\n规上工业增加值 | 6以上\n",
			[]shape{{"1", "规上工业增加值", "", "", "≥ 6%"}}, "0 guess, 0 note"},
		{"outer pipes and a rule row", "| 序号 | 指标 | 目标 |\n|:--|---|--:|\n| 1 | 地区生产总值增长 | 5%左右 |\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}}, "0 guess, 0 note"},
		{"an empty first cell without outer pipes", "类别 | 指标 | 目标\n经济 | 地区生产总值增长 | 5%左右\n | 服务业增加值增长 | 5%以上\n",
			[]shape{{"1", "地区生产总值增长", "经济", "", "≈ 5%"}, {"2", "服务业增加值增长", "经济", "", "≥ 5%"}}, "0 guess, 0 note"},
		{"a category as a row of its own", "指标 | 目标\n经济发展 |\n地区生产总值增长 | 5%左右\n",
			[]shape{{"1", "地区生产总值增长", "经济发展", "", "≈ 5%"}}, "0 guess, 0 note"},
		{"a category printed only on its group's first row, with no header over it",
			"序号 | 指标名称 | 单位 | 2022年 计划目标\n经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长7%左右\n2 | 常住人口城镇化率 | % | 73.3\n",
			[]shape{{"1", "地区生产总值(GDP)", "经济发展", "", "≈ 7%"}, {"2", "常住人口城镇化率", "经济发展", "", "73.3%"}}, "0 guess, 0 note"},
		{"其中 under a numbered row, until the next number", "序号 | 指标 | 目标\n1 | 固定资产投资增长 | 6%以上\n | 其中: | \n | 制造业投资 | 10%以上\n | 交通投资 | 8%\n2 | 社会消费品零售总额增长 | 5%\n",
			[]shape{{"1", "固定资产投资增长", "", "", "≥ 6%"}, {"1.1", "制造业投资", "", "1", "≥ 10%"}, {"1.2", "交通投资", "", "1", "8%"}, {"2", "社会消费品零售总额增长", "", "", "5%"}}, "0 guess, 0 note"},
		{"a group row over # sub-items", "序号 | 指标 | 目标\n1 | 主要污染物排放量降低 | \n | #化学需氧量 | 完成省下达目标\n | #氨氮 | 完成省下达目标\n",
			[]shape{{"1", "主要污染物排放量降低", "", "", ""}, {"1.1", "化学需氧量", "", "1", "↓ = 上级下达目标"}, {"1.2", "氨氮", "", "1", "↓ = 上级下达目标"}}, "0 guess, 0 note"},
		{"an empty target is the row's own: no target, not the row above's", "指标 | 目标\n单位GDP能耗降低 | 完成省下达目标\n主要污染物减排 | \n",
			[]shape{{"1", "单位GDP能耗降低", "", "", "↓ = 上级下达目标"}, {"2", "主要污染物减排", "", "", "—"}}, "0 guess, 1 note"},
		{"a number that repeats", "序号 | 指标 | 目标\n1 | 地区生产总值增长 | 5%\n1 | 服务业增加值增长 | 5%\n",
			[]shape{{"1", "地区生产总值增长", "", "", "5%"}, {"2", "服务业增加值增长", "", "", "5%"}}, "1 guess, 0 note"},
		{"an actuals column beside the target", "指标 | 上年实绩 | 全年实绩 | 2024年目标 | 完成情况\n地区生产总值增长 | 5.6% | 5.8% | 5.5%左右 | 完成\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}}, "0 guess, 0 note"},
		{"no target at all", "指标 | 目标\n进出口 | \n",
			[]shape{{"1", "进出口", "", "", "—"}}, "0 guess, 1 note"},
		{"a row broken over two lines, with outer pipes", "| 序号 | 指标名称 | 2024年目标 | 属性 |\n| 1 | 居民收入增长 | 与经济增长\n基本同步 | 预期性 |\n| 2 | 城镇调查失业率 | 5.5%以内 | 预期性 |\n",
			[]shape{{"1", "居民收入增长", "", "", "~ GDP growth"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 1 note"},
		{"a two-line header splitting the results column", "序号 | 指标名称 | 单位 | 2022年计划目标 | 2022年实绩 | |\n绝对值 | 增速(%) | | | | |\n1 | 地区生产总值 | 亿元 | 增长7%左右 | 8029.8 | 3.7\n2 | 一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6\n",
			[]shape{{"1", "地区生产总值", "", "", "≈ 7%"}, {"2", "一般公共预算收入", "", "", "8%"}}, "1 guess, 0 note"},
		{"years over 实绩 and 目标", "指标 | 2023年 | 2024年 | 备注\n | 实绩 | 目标 |\n地区生产总值增长(%) | 5.6 | 5.5%左右 |\n城镇新增就业(万人) | 31.2 | 28 |\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}, {"2", "城镇新增就业", "", "", "28万人"}}, "0 guess, 0 note"},
		{"columns headed by years alone: the latest is the target, a guess",
			"序号 | 指标名称 | 2022年 | 2023年\n1 | 地区生产总值增长 | 8.5% | 7%左右\n2 | 城镇调查失业率 | 4.8% | 5.5%以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 7%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, "1 guess, 0 note"},
		{"years alone, split by a second line of parts",
			"指标名称 | 单位 | 2023年 | | 2024年 |\n绝对值 | 增速(%) | 绝对值 | 增速(%)\n全市生产总值 | 亿元 | 4619.8 | 8.3 | 4900 | 6以上\n",
			[]shape{{"1", "全市生产总值", "", "", ""}, {"1.1", "全市生产总值", "", "1", "4900亿元"}, {"1.2", "全市生产总值增速", "", "1", "≥ 6%"}}, "1 guess, 0 note"},
		{"one year alone is the target, no guess", "指标名称 | 2024年\n地区生产总值增长 | 5%左右\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}}, "0 guess, 0 note"},
		{"targets of two years, one a multi-year plan's: the year's own are read",
			"| 序号 | 指标 | 2025年规划目标 | 2023年完成 | 2024年目标 |\n| 1 | 地区生产总值增长 | 6% | 5.8% | 5.5%左右 |\n| 2 | 研发投入强度 | 3.3% | 3.1% | 3.2% |\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}, {"2", "研发投入强度", "", "", "3.2%"}}, "0 guess, 1 note"},
		{"targets of two years after a year's results: the next year's are read",
			"| 指标 | 2023年完成 | 2025年目标 | 2024年目标 |\n| 地区生产总值增长 | 5.8% | 6% | 5.5%左右 |\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}}, "0 guess, 1 note"},
		{"targets of two years and nothing telling which: the earliest, a guess",
			"| 序号 | 指标 | 2024年目标 | 2025年目标 |\n| 1 | 地区生产总值增长 | 5.5%左右 | 6% |\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}}, "1 guess, 0 note"},
		// Columns split by spaces.
		{"a results table in columns after a numbered heading with a year",
			"序号  指标名称            2024年目标\n1     地区生产总值增长    5%左右\n2     研发投入强度        3.2%\n\n二、2023年主要指标完成情况\n\n序号  指标名称            2023年完成\n1     规模以上工业增加值增长    4.8%\n2     研发投入强度        3.1%\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "研发投入强度", "", "", "3.2%"}}, "0 guess, 0 note"},
		{"one figure under a result and a target column, in columns of spaces: the result, a guess",
			"指标名称  2023年实绩  2024年目标\n地区生产总值增长   5.6%   5%左右\n城镇调查失业率   4.8%\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5%"}, {"2", "城镇调查失业率", "", "", "—"}}, "1 guess, 0 note"},
		{"columns split by single spaces, a header word split by one",
			"表1\n序号 指标名称 2020 年目标值 2020 年预计值 完成情况\n1 全区生产总值(亿元) 1000 1008.5 完成\n2 人均生产总值(元) 130000 130913 完成\n",
			[]shape{{"1", "全区生产总值", "", "", "1000亿元"}, {"2", "人均生产总值", "", "", "130000元"}}, "0 guess, 0 note"},
		{"a table printed over two pages, its header repeated, a page number and 续表 between",
			"序号    指标名称                 2024年目标(%)\n1       地区生产总值增长         5.5左右\n2       城镇调查失业率           5.5以内\n\n                - 1 -\n\n续表\n序号    指标名称                 2024年目标(%)\n3       居民人均可支配收入增长   与经济增长同步\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}, {"3", "居民人均可支配收入增长", "", "", "~ GDP growth"}}, "0 guess, 0 note"},
		{"a table in columns over two pages, the header not repeated, a page number and a form feed between",
			"序号    指标名称                 2024年目标(%)\n1       地区生产总值增长         5.5左右\n2       城镇调查失业率           5.5以内\n\n\n                - 1 -\n\n\f3       居民人均可支配收入增长   与经济增长同步\n4       规上工业增加值增长       6以上\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}, {"3", "居民人均可支配收入增长", "", "", "~ GDP growth"}, {"4", "规上工业增加值增长", "", "", "≥ 6%"}}, "0 guess, 0 note"},
		{"a table in columns over two pages, a form feed alone between",
			"序号    指标名称                 2024年目标(%)\n1       地区生产总值增长         5.5左右\n\n\n\f\n\n2       城镇调查失业率           5.5以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"one cell a line, the header repeated on the next page",
			"序号\n指标名称\n2024年目标\n1\n地区生产总值增长\n5.5%左右\n第1页\n序号\n指标名称\n2024年目标\n2\n城镇调查失业率\n5.5%以内\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}, {"2", "城镇调查失业率", "", "", "≤ 5.5%"}}, "0 guess, 0 note"},
		{"a growth printed with no unit is in percent, a guess its name makes",
			"指标 | 2024年目标\n地区生产总值增长 | 5.5左右\n城镇新增就业(万人) | 12\n",
			[]shape{{"1", "地区生产总值增长", "", "", "≈ 5.5%"}, {"2", "城镇新增就业", "", "", "12万人"}}, "1 guess, 0 note"},
		{"columns laid out with runs of spaces, a category spaced out",
			"序号    指标名称                2024年目标      属性\n        经济 发展\n1       地区生产总值增长        5%左右          预期性\n2       一般公共预算收入 增长   6%              预期性\n",
			[]shape{{"1", "地区生产总值增长", "经济发展", "", "≈ 5%"}, {"2", "一般公共预算收入 增长", "经济发展", "", "6%"}}, "0 guess, 0 note"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, p := shapes(t, tt.doc)
			if len(got) != len(tt.want) {
				t.Fatalf("read %d indicators:\n%s\nwant %d:\n%s", len(got), fmtShapes(got), len(tt.want), fmtShapes(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("indicator %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
			if d := diagKinds(p); d != tt.diags {
				t.Errorf("diagnostics %s, want %s: %v", d, tt.diags, p.Diagnostics)
			}
		})
	}
}

func fmtShapes(s []shape) string {
	var b strings.Builder
	for _, x := range s {
		fmt.Fprintf(&b, "  %+v\n", x)
	}
	return b.String()
}

func TestWays(t *testing.T) {
	for _, tt := range []struct{ n, k, want int }{{4, 2, 6}, {6, 3, 20}, {10, 9, 10}, {10, 10, 1}, {5, 0, 1}} {
		if got := ways(tt.n, tt.k); got != tt.want && !(tt.want > maxReadings && got > maxReadings) {
			t.Errorf("ways(%d, %d) = %d, want %d", tt.n, tt.k, got, tt.want)
		}
		if got := len(chooseSplits(make([]int, tt.n), tt.k)); tt.want <= maxReadings && got != tt.want {
			t.Errorf("chooseSplits of %d by %d gives %d readings, want %d", tt.n, tt.k, got, tt.want)
		}
	}
	if got := chooseSplits([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 10); len(got) != 1 || got[0][0] != 11 {
		t.Errorf("chooseSplits of 20 by 10 = %v, want the last 10 alone", got)
	}
}

// TestCostOrder checks the orders between costs that the comments of
// recover_costs.go rely on, so that a change to one cost cannot quietly
// break them.
func TestCostOrder(t *testing.T) {
	name := typeCell(newCell("化学需氧量", input.Pos{}, -1))
	newRow := rowCost + skipCost(column{role: roleNumber}) + skipCost(column{role: roleTarget})
	if got := lookCost(column{role: roleCategory}, name, false, false); got <= newRow {
		t.Errorf("a name in the category column costs %d, not more than a row of its own with no number and no target (%d)", got, newRow)
	}
	if got := targetCost(column{role: roleTarget}, name); got <= skipCost(column{role: roleTarget})+newRow {
		t.Errorf("a name in the target column costs %d, not more than no target and a row of its own (%d)", got, skipCost(column{role: roleTarget})+newRow)
	}
}
