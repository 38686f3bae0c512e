package indicators

import (
	"os"
	"strings"
	"testing"
	"unicode"
)

// readShaoxing reads the embedded plan from its source file.
func readShaoxing(t testing.TB) *Plan {
	t.Helper()
	data, err := os.ReadFile("../seeds/shaoxing-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read("shaoxing-2023.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadShaoxingInfo(t *testing.T) {
	p := readShaoxing(t)
	want := Info{Title: "2023年绍兴市国民经济和社会发展计划", Year: 2023, Issuer: "绍兴市人民政府"}
	if p.Info != want {
		t.Errorf("Info = %+v, want %+v", p.Info, want)
	}
	// The one guess: rows 21 and its sub-rows have no target in the text,
	// where the printed table merges row 20's over them.
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Kind != Guess || p.Diagnostics[0].Line != 273 {
		t.Errorf("Diagnostics = %v, want the one guess at row 21", p.Diagnostics)
	}
	numbered := 0
	for _, ind := range p.Indicators {
		if !strings.Contains(ind.ID, ".") {
			numbered++
		}
	}
	if numbered != 39 || len(p.Indicators) != 53 {
		t.Errorf("read %d numbered rows and %d indicators, want 39 and 53", numbered, len(p.Indicators))
	}
}

func TestReadShaoxingRows(t *testing.T) {
	p := readShaoxing(t)
	tests := []struct {
		id, name, category, parent string
		kind                       Kind
		value                      float64
		unit                       string
		polarity                   Polarity
		key                        string
	}{
		{"1", "地区生产总值增速(GDP)", "经济发展", "", AtLeast, 6.5, "%", Higher, "gdp_growth"},
		{"5", "规上工业增加值增速", "经济发展", "", About, 10, "%", Higher, "industrial_growth"},
		{"7", "服务业增加值增速", "经济发展", "", InStepWith, 0, "", Higher, "services_growth"},
		{"9.1", "制造业投资增速", "经济发展", "9", Target, 20, "%", Higher, "manufacturing_investment_growth"},
		{"9.3", "交通、能源和水利投资增速", "经济发展", "9", "", 0, "", "", "infrastructure_investment_growth"},
		{"9.3.1", "交通投资", "经济发展", "9.3", Target, 8, "%", Higher, "transport_investment_growth"},
		{"9.3.3", "水利投资", "经济发展", "9.3", Target, 17, "%", Higher, "water_investment_growth"},
		{"12", "R&D经费支出占GDP比重", "科技创新", "", About, 3.1, "%", Higher, "rd_intensity"},
		{"15", "外贸出口总额", "对外开放", "", "", 0, "", "", "exports"},
		{"15.1", "外贸出口总额增长", "对外开放", "15", Target, 10, "%", Higher, "export_growth"},
		{"15.2", "外贸出口总额占全国份额", "对外开放", "15", About, 14.3, "‰", Higher, "export_national_share"},
		{"16", "服务贸易进出口额", "对外开放", "", External, 0, "", Higher, "services_trade"},
		{"17", "实际使用外资额", "对外开放", "", Target, 10.6, "亿美元", Higher, "foreign_investment"},
		{"18", "博物馆数量", "文化发展", "", Target, 57, "家", Higher, "museums"},
		{"20", "单位GDP能耗降低", "生态环境", "", External, 0, "", Higher, "energy_intensity_reduction"},
		{"21", "主要污染物排放量降低", "生态环境", "", "", 0, "", "", "pollutant_reduction"},
		{"21.2", "氨氮", "生态环境", "21", External, 0, "", Higher, "ammonia_nitrogen_reduction"},
		{"22.1", "Ⅰ~Ⅲ类水断面占比", "生态环境", "22", AtLeast, 100, "%", Higher, "water_class_i_iii_share"},
		{"22.2", "功能区达标率", "生态环境", "22", AtLeast, 100, "%", Higher, "water_function_zone_compliance"},
		{"23", "PM2.5年均浓度", "生态环境", "", AtMost, 28, "微克/立方米", Lower, "pm25"},
		{"26", "依申请政务服务“一网通办”率", "市域治理", "", AtLeast, 90, "%", Higher, "online_services_rate"},
		{"29", "新增城镇就业(首次来浙)人数", "社会民生", "", AtLeast, 9.5, "万人", Higher, "new_urban_jobs"},
		{"31", "城镇调查失业率", "社会民生", "", About, 5, "%", Lower, "urban_unemployment"},
		{"32", "居民消费价格涨幅", "社会民生", "", About, 3, "%", Lower, "cpi"},
		{"34", "城乡居民人均可支配收入比", "社会民生", "", AtMost, 1.68, "", Lower, "urban_rural_income_ratio"},
		{"36", "基本养老保险参保人数", "社会民生", "", Target, 376.78, "万人", Higher, "pension_insured"},
		{"37", "不良贷款率", "安全保障", "", About, 1.2, "%", Lower, "npl_ratio"},
		{"38", "亿元GDP生产事故死亡率", "安全保障", "", Below, 0.007, "人/亿元", Lower, "work_death_rate"},
		{"39", "粮食综合生产能力", "安全保障", "", Target, 153, "万吨", Higher, "grain_capacity"},
	}
	for _, tt := range tests {
		ind, ok := p.Lookup(tt.id)
		if !ok {
			t.Errorf("no indicator %s", tt.id)
			continue
		}
		if ind.Name != tt.name || ind.Category != tt.category || ind.Parent != tt.parent || ind.Key != tt.key {
			t.Errorf("%s = %q/%q/%q/%q, want %q/%q/%q/%q", tt.id, ind.Name, ind.Category, ind.Parent, ind.Key, tt.name, tt.category, tt.parent, tt.key)
		}
		if tt.kind == "" {
			if ind.Rule != nil {
				t.Errorf("%s: group row has rule %+v", tt.id, *ind.Rule)
			}
			continue
		}
		if ind.Rule == nil {
			t.Errorf("%s: no rule", tt.id)
			continue
		}
		v, _ := ind.Rule.Num()
		if ind.Rule.Kind != tt.kind || v != tt.value || ind.Rule.Unit != tt.unit || ind.Rule.Polarity != tt.polarity {
			t.Errorf("%s rule = %s %v %q %s, want %s %v %q %s", tt.id, ind.Rule.Kind, v, ind.Rule.Unit, ind.Rule.Polarity, tt.kind, tt.value, tt.unit, tt.polarity)
		}
	}
}

func TestReadShaoxingDetails(t *testing.T) {
	p := readShaoxing(t)
	for _, id := range []string{"7", "8", "33"} {
		if ind, _ := p.Lookup(id); ind.Rule.Ref != "1" || ind.Rule.Relation != RelAbout {
			t.Errorf("%s: ref %q relation %q, want 1 about", id, ind.Rule.Ref, ind.Rule.Relation)
		}
	}
	for _, id := range []string{"21.1", "21.2", "21.3", "21.4"} {
		ind, _ := p.Lookup(id)
		if ind.Target != "完成省下达目标" || !strings.Contains(ind.Rule.Note, "read as row 20's") || !strings.Contains(ind.Rule.Note, "(a guess)") {
			t.Errorf("%s: target %q note %q, want row 20's target, said to be a guess", id, ind.Target, ind.Rule.Note)
		}
	}
	if ind, _ := p.Lookup("37"); ind.Target != "控制在合理区间(1.2%左右)" || ind.Rule.Note != "控制在合理区间" {
		t.Errorf("37: target %q note %q, want the two lines joined and the words kept as a note", ind.Target, ind.Rule.Note)
	}
	if ind, _ := p.Lookup("1"); ind.Line != 123 {
		t.Errorf("1: line %d, want 123", ind.Line)
	}
	for _, ref := range []string{"gdp_growth", "城镇调查失业率", "31"} {
		if _, ok := p.Lookup(ref); !ok {
			t.Errorf("Lookup(%q) found nothing", ref)
		}
	}
}

// TestScrapedCopy reads the copy of the plan as scraped, spam line and all:
// it gives the same rules as the embedded document, one line further down.
func TestScrapedCopy(t *testing.T) {
	want := readShaoxing(t)
	data, err := os.ReadFile("../testdata/shaoxing-2023-plan-scraped.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read("scraped", data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Info != want.Info || len(got.Indicators) != len(want.Indicators) {
		t.Fatalf("scraped copy: %+v with %d indicators, want %+v with %d", got.Info, len(got.Indicators), want.Info, len(want.Indicators))
	}
	for i, g := range got.Indicators {
		w := want.Indicators[i]
		g.Line--
		if g.ID != w.ID || g.Name != w.Name || g.Target != w.Target || g.Line != w.Line || Symbol(deRule(g.Rule)) != Symbol(deRule(w.Rule)) {
			t.Errorf("scraped %s %q line %d, want %s %q line %d", g.ID, g.Name, g.Line, w.ID, w.Name, w.Line)
		}
	}
}

func deRule(r *Rule) Rule {
	if r == nil {
		return Rule{}
	}
	return *r
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "no target table found"},
		{"prose", "2023年是关键之年。\n附件:2023年主要目标\n", "no target table found"},
		{"picture", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x81\x02\x03\xff\x80", "a picture"},
		{"binary", "\x00\x01\x02\x81\x82\xff\xfe\x80\x03\x04\x05\x06\x07\x08\x09\x0e\x0f\x10\x11\x12", "not text in UTF-8, GB18030 or Big5"},
		{"pdf", "%PDF-1.7\n", "a PDF"},
		{"word 97", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word (.doc), Excel (.xls) or WPS file"},
		{"a task table", "序号\n内容与要求\n进展情况\n责任单位\n1\n确保地区生产总值增长7%左右。\n", "the nearest to a header is 序号 | 内容与要求 | 进展情况 | 责任单位, which names no name or target column"},
	}
	for _, tt := range tests {
		_, err := Read(tt.name, []byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), tt.name+":") {
			t.Errorf("Read(%s) error = %v, want %q naming the file", tt.name, err, tt.want)
		}
	}
}

func TestReadDiagnostics(t *testing.T) {
	doc := "指标名称\n2024年目标\n经济\n1\n地区生产总值增长\n5%左右\n2\n进出口\n促稳提质\n3\n居民收入增长\n与经济增长同步\n"
	p, err := Read("t", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Indicators) != 3 || p.Info.Year != 2024 {
		t.Fatalf("read %d indicators for %d, want 3 for 2024", len(p.Indicators), p.Info.Year)
	}
	ind, _ := p.Lookup("2")
	if ind.Rule.Kind != Qualitative || len(p.Diagnostics) != 1 || p.Diagnostics[0].Line != 9 || p.Diagnostics[0].Kind != Note {
		t.Errorf("row 2: %s with diagnostics %v, want qualitative with one diagnostic at line 9", ind.Rule.Kind, p.Diagnostics)
	}
	if ind, _ := p.Lookup("3"); ind.Rule.Ref != "1" {
		t.Errorf("row 3: ref %q, want 1", ind.Rule.Ref)
	}
}

// BenchmarkRead reads the embedded plan document into rules.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile("../seeds/shaoxing-2023.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("shaoxing-2023.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPipePositions checks the columns a pipe row gives its cells, with
// full-width bars (｜, three bytes) as well as ASCII ones.
func TestPipePositions(t *testing.T) {
	doc := "指标 ｜ 2024年目标\n地区生产总值增长 ｜ 5%左右\n城镇调查失业率 | 5.5%以内\n"
	p, err := Read("t.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ line, col int }{{2, 12}, {3, 11}} // an indicator stands where its target does
	for i, w := range want {
		ind := p.Indicators[i]
		if ind.Line != w.line || ind.Column != w.col {
			t.Errorf("%s at %d:%d, want %d:%d", ind.Name, ind.Line, ind.Column, w.line, w.col)
		}
	}
}

// TestHostileDocuments reads headers far wider than any plan's and cells
// of a megabyte: they are no target table, said as an error, or a table
// read from the words that make one; never a panic
// (BenchmarkHostileDocuments measures their time).
func TestHostileDocuments(t *testing.T) {
	for name, doc := range hostileDocuments() {
		p, err := Read(name+".txt", []byte(doc))
		if err == nil && len(p.Indicators) == 0 {
			t.Errorf("%s: no error and no indicator", name)
		}
	}
}

// TestControlCharacters checks that no control character of a document
// reaches a plan's text, where an escape sequence would act on the
// terminal the rules are shown on.
func TestControlCharacters(t *testing.T) {
	doc := "2024年某市\x1b[2J计划\n指标名称\n2024年目标\n地区生产\x1b[31m总值增长\x07\n5%左右\n"
	p, err := Read("esc.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{p.Info.Title, p.Indicators[0].Name, p.Indicators[0].Target} {
		if strings.ContainsFunc(s, unicode.IsControl) {
			t.Errorf("%q holds a control character", s)
		}
	}
	if p.Indicators[0].Name != "地区生产[31m总值增长" {
		t.Errorf("name %q, want the text without its escape", p.Indicators[0].Name)
	}
}

// TestMarkdownTitle reads a plan's title without the marks a copy into
// Markdown adds.
func TestMarkdownTitle(t *testing.T) {
	for _, doc := range []string{
		"# 2021年金华市国民经济和社会发展计划\n\n| 指标名称 | 2021年目标 |\n|---|---|\n| 地区生产总值增长 | 6%左右 |\n",
		"**2021年金华市国民经济和社会发展计划**\n\n| 指标名称 | 2021年目标 |\n|---|---|\n| 地区生产总值增长 | 6%左右 |\n",
	} {
		p, err := Read("t.md", []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		if p.Info.Title != "2021年金华市国民经济和社会发展计划" {
			t.Errorf("title %q, want it without Markdown marks", p.Info.Title)
		}
	}
}

// TestResultsTableIsNoTargetTable refuses a table of last year's results,
// a growth beside each level, rather than read the growths as targets.
func TestResultsTableIsNoTargetTable(t *testing.T) {
	for _, doc := range []string{
		"| 指标名称 | 单位 | 2023年完成 | 增长(%) |\n| 地区生产总值 | 亿元 | 702.3 | 6.5 |\n| 一般公共预算收入 | 亿元 | 61.2 | 4.1 |\n",
		"指标名称\n单位\n完成\n比上年增长(%)\n地区生产总值\n亿元\n702.3\n6.5\n",
	} {
		if p, err := Read("results.txt", []byte(doc)); err == nil {
			t.Errorf("a results table read as %d targets, want no target table", len(p.Indicators))
		}
	}
}
