package indicators

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"plan/internal/fixtures"
	"plan/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files with the output got")

// TestFixturePlans reads each plan of testdata/plans, in the forms plans are
// found in, and compares the whole reading with its golden file.
func TestFixturePlans(t *testing.T) {
	files := fixtures.Plans(t, "../testdata/plans")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Read(filepath.Base(file), data)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(p); err != nil {
				t.Fatal(err)
			}
			path := strings.TrimSuffix(file, filepath.Ext(file)) + ".rules.json"
			golden.Check(t, path, buf.String(), *update, "go test ./indicators -update")
		})
	}
	if len(files) < 6 {
		t.Errorf("%d fixture plans, want at least six", len(files))
	}
}

// TestFixtureRows spells out the readings the fixtures exist for.
func TestFixtureRows(t *testing.T) {
	tests := []struct {
		file, id, name, category, attribute string
		kind                                Kind
		value                               float64
		unit                                string
		note                                string
	}{
		// | between cells, 类别 spanning rows, 单位 and 属性 columns, # sub-items
		{"jiaxing-2024-rows.txt", "4.1", "制造业投资增长", "经济发展", "预期性", AtLeast, 10, "%", ""},
		{"jiaxing-2024-rows.txt", "5", "社会消费品零售总额增长", "经济发展", "预期性", AtLeast, 5.5, "%", ""},
		{"jiaxing-2024-rows.txt", "12", "PM2.5平均浓度", "绿色低碳", "约束性", AtMost, 28, "微克/立方米", ""},
		{"jiaxing-2024-rows.txt", "13", "城镇集中式饮用水源水质达标率", "绿色低碳", "约束性", Target, 100, "%", ""},
		{"jiaxing-2024-rows.txt", "10.1", "城镇新增就业", "民生福祉", "预期性", Target, 11, "万人", ""},
		// tabs as Excel copies them: empty cells kept, a name of two lines in quotes, 2023年 over 目标 | 实绩
		{"taizhou-2024-tabs.txt", "3", "规模以上工业增加值增长", "经济发展", "预期性", AtLeast, 7, "%", ""},
		{"taizhou-2024-tabs.txt", "4", "数字经济核心产业增加值增长", "经济发展", "预期性", About, 10, "%", ""},
		{"taizhou-2024-tabs.txt", "11", "PM2.5平均浓度", "绿色低碳", "约束性", AtMost, 27, "微克/立方米", ""},
		// two-line header, no 序号, an actuals column beside the target, unit after the name, 其中
		{"hangzhou-2024-twoline.txt", "1", "地区生产总值增长", "", "", About, 5.5, "%", ""},
		{"hangzhou-2024-twoline.txt", "6", "城镇新增就业", "", "", Target, 28, "万人", ""},
		{"hangzhou-2024-twoline.txt", "6.1", "新增大学生就业", "", "", AtLeast, 18, "万人", ""},
		{"hangzhou-2024-twoline.txt", "7", "城镇调查失业率", "", "", AtMost, 5, "%", ""},
		{"hangzhou-2024-twoline.txt", "9", "PM2.5平均浓度", "", "", About, 29, "微克/立方米", "控制在合理区间"},
		// HTML: rowspan categories, a merged target cell, traditional characters
		{"lishui-2020.html", "1", "地區生產總值增長", "經濟發展", "預期性", About, 7.5, "%", "力争"},
		{"lishui-2020.html", "6", "主要污染物排放量削減", "綠色發展", "約束性", External, 0, "", "target cell merged with row 5 in the printed table"},
		{"lishui-2020.html", "3.2", "交通投资、生态环保、城市更新和水利设施投资、高新技术产业投资民间项目投资均增长", "經濟發展", "預期性", AtLeast, 12, "%", ""},
		{"lishui-2020.html", "9.2", "城鄉居民人均可支配收入 (2)", "民生", "預期性", AtLeast, 8, "%", ""},
		// one cell a line, a cell broken over two lines, a signature after the table
		{"huzhou-2021-cells.txt", "1", "地区生产总值增长", "经济发展", "", Range, 6, "%", ""},
		{"huzhou-2021-cells.txt", "6", "人口自然增长率", "社会民生", "", AtMost, 4.5, "‰", ""},
		{"huzhou-2021-cells.txt", "7", "居民人均可支配收入增长", "社会民生", "", InStepWith, 0, "", ""},
		{"huzhou-2021-cells.txt", "12", "市区空气质量优良率", "资源环境", "", Qualitative, 0, "", "稳定改善"},
		// one cell a line with 单位 and 属性 columns
		{"wenzhou-2023-cells-units.txt", "3", "实际使用外资", "经济发展", "预期性", AtLeast, 10, "亿美元", ""},
		{"wenzhou-2023-cells-units.txt", "7", "每千人口拥有3岁以下婴幼儿托位数", "社会民生", "约束性", Target, 4.2, "个", ""},
		// two tables: the 2018 targets, not the 2017 results
		{"chengdu-2018-two-tables.txt", "1", "地区生产总值增长", "", "", Target, 7.5, "%", ""},
		{"chengdu-2018-two-tables.txt", "6", "城镇登记失业率", "", "", AtMost, 4, "%", ""},
		// units from the 单位 column, bare figures
		{"sichuan-2024-unit-header.txt", "1", "地区生产总值增长", "", "预期性", About, 6, "%", ""},
		{"sichuan-2024-unit-header.txt", "2", "城镇新增就业", "", "预期性", Target, 85, "万人", ""},
		{"sichuan-2024-unit-header.txt", "8", "人口自然增长率", "", "预期性", AtMost, 3, "‰", ""},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("../testdata/plans", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Read(tt.file, data)
		if err != nil {
			t.Fatal(err)
		}
		ind, ok := p.Lookup(tt.id)
		if !ok || ind.Rule == nil {
			t.Errorf("%s: no indicator %s with a rule", tt.file, tt.id)
			continue
		}
		v, _ := ind.Rule.Num()
		if ind.Name != tt.name || ind.Category != tt.category || ind.Attribute != tt.attribute ||
			ind.Rule.Kind != tt.kind || v != tt.value || ind.Rule.Unit != tt.unit || ind.Rule.Note != tt.note {
			t.Errorf("%s %s = %q %q %q %s %v %q %q\nwant        %q %q %q %s %v %q %q", tt.file, tt.id,
				ind.Name, ind.Category, ind.Attribute, ind.Rule.Kind, v, ind.Rule.Unit, ind.Rule.Note,
				tt.name, tt.category, tt.attribute, tt.kind, tt.value, tt.unit, tt.note)
		}
	}
}

func TestChooseTable(t *testing.T) {
	data, err := os.ReadFile("../testdata/plans/chengdu-2018-two-tables.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read("c", data)
	if err != nil {
		t.Fatal(err)
	}
	if p.Table.Index != 2 || p.Table.Count != 2 || p.Table.Year != 2018 || !strings.Contains(p.Table.Reason, "latest target year") {
		t.Errorf("table %+v, want the second of two, for 2018", p.Table)
	}
	p, err = ReadWith("c", data, Options{Table: 1})
	if err != nil {
		t.Fatal(err)
	}
	if ind, _ := p.Lookup("1"); p.Table.Index != 1 || p.Table.Year != 2017 || ind.Rule.Kind != About {
		t.Errorf("--table 1: table %+v, want the 2017 table", p.Table)
	}
	if _, err := ReadWith("c", data, Options{Table: 3}); err == nil || !strings.Contains(err.Error(), "no table 3: the document has 2 target table(s)") {
		t.Errorf("--table 3: error %v", err)
	}
}

// TestChooseTableByTitle takes a table's year from its title where its
// header names none: last year's results table, whose header says
// 2023年目标, does not win over this year's targets headed 预期目标 under
// a title that says 2024. Copied with tabs or with pipes, the same.
func TestChooseTableByTitle(t *testing.T) {
	for _, sep := range []string{"\t", " | "} {
		doc := strings.ReplaceAll("表1　2023年主要指标完成情况\n指标~单位~2023年目标~2023年完成\n地区生产总值增长~%~6以上~4.6\n\n"+
			"表2　2024年主要预期目标\n指标~单位~预期目标\n地区生产总值增长~%~5左右\n城镇调查失业率~%~5.5以内\n", "~", sep)
		p, err := Read("two.txt", []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		if ind, _ := p.Lookup("1"); p.Table.Index != 2 || p.Table.Year != 2024 || ind == nil || ind.Rule.Kind != About {
			t.Errorf("%q: table %+v, want the second, of 2024", sep, p.Table)
		}
	}
}

// TestTitleYears takes the latest year a table's title names, and the
// plan's year from the plan's own title first.
func TestTitleYears(t *testing.T) {
	doc := "2024年某市国民经济和社会发展计划\n\n表1 2023年主要指标完成情况及2024年目标\n\n| 序号 | 指标名称 | 单位 | 目标 |\n| 1 | 地区生产总值增长 | % | 5左右 |\n"
	p, err := Read("t.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if p.Info.Year != 2024 || p.Table.Year != 2024 {
		t.Errorf("plan year %d, table year %d, want 2024 for both", p.Info.Year, p.Table.Year)
	}
}

// TestHTMLAndRows reads the same table saved as an HTML page and copied out
// one row a line: the same indicators and rules, but for row 6, whose
// target cell the page merges with row 5's. The page proves the merge (a
// rowspan), so row 6 shares row 5's target there; the rows of text show an
// empty cell, and the reader invents no target for it.
func TestHTMLAndRows(t *testing.T) {
	read := func(name string) *Plan {
		data, err := os.ReadFile(filepath.Join("../testdata/plans", name))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Read(name, data)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	html, rows := read("lishui-2020.html"), read("lishui-2020-rows.txt")
	if html.Info != rows.Info || len(html.Indicators) != len(rows.Indicators) {
		t.Fatalf("HTML %+v with %d indicators, rows %+v with %d", html.Info, len(html.Indicators), rows.Info, len(rows.Indicators))
	}
	for i, h := range html.Indicators {
		r := rows.Indicators[i]
		hr, rr := deRule(h.Rule), deRule(r.Rule)
		if h.ID == "6" {
			if hr.Kind != External || !strings.Contains(hr.Note, "merged with row 5") || rr.Kind != Qualitative || r.Target != "" {
				t.Errorf("6: HTML %+v, rows %q %+v; want the page's merged target and no target in the rows", hr, r.Target, rr)
			}
			continue
		}
		if h.ID != r.ID || h.Name != r.Name || h.Category != r.Category || h.Attribute != r.Attribute || !reflect.DeepEqual(hr, rr) {
			t.Errorf("%s: HTML %q %q %+v, rows %q %q %+v", h.ID, h.Name, h.Category, hr, r.Name, r.Category, rr)
		}
	}
}
