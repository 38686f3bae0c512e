package check

import (
	"os"
	"strings"
	"testing"

	"plan/indicators"
)

// testPlan is a small plan with one row of each kind the file-level tests need.
const testPlan = `2024年某市国民经济和社会发展计划主要目标
指标名称
2024年目标
经济
1
地区生产总值增长
5%左右
2
服务业增加值增长
与经济增长同步
3
有效投资增长
高于经济增长
4
单位GDP能耗降低
完成省下达目标
5
用水总量
不超自治区年度下达指标
6
万元GDP水耗
下降3%左右
7
规上工业增加值增长
8%、力争9%
8
进出口
促稳提质
9
博物馆数量
57家
10
城镇调查失业率
控制在5.5%以内
11
居民消费价格涨幅
3%以内,力争2.5%
`

func readTestPlan(t testing.TB) *indicators.Plan {
	t.Helper()
	p, err := indicators.Read("test-plan.txt", []byte(testPlan))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checkText loads actuals text against the test plan and evaluates it.
func checkText(t *testing.T, text string) Report {
	t.Helper()
	a, err := loadTest(t, text)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return Evaluate(readTestPlan(t), a)
}

// resultOf finds the result of an indicator.
func resultOf(t *testing.T, rep Report, id string) Result {
	t.Helper()
	for _, r := range rep.Results {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no result for %s", id)
	return Result{}
}

func TestEvaluate(t *testing.T) {
	tests := []struct {
		name, values, id string
		status           Status
		note             string // a part of the note
	}{
		{"about passes", `"1" = 5`, "1", Pass, "on target"},
		{"about warns", `"1" = 4.5`, "1", Warn, "needs ≥ 4.75%"},
		{"about fails", `"1" = 4.49`, "1", Fail, "−0.51 pp"},
		{"in step passes", "\"1\" = 6\n\"2\" = 5.7", "2", Pass, "−0.3 pp; against 1 gdp_growth 6%"},
		{"in step passes 0.5 pp under", "\"1\" = 6\n\"2\" = 5.5", "2", Pass, ""},
		{"in step warns", "\"1\" = 6\n\"2\" = 5.4", "2", Warn, "needs ≥ 5.5%"},
		{"in step warns 1 pp under", "\"1\" = 6\n\"2\" = 5", "2", Warn, ""},
		{"in step fails", "\"1\" = 6\n\"2\" = 4.99", "2", Fail, ""},
		{"in step with GDP near zero", "\"1\" = 0.2\n\"2\" = 0.1", "2", Pass, "against 1 gdp_growth 0.2%"},
		{"in step by_id overrides the band", "\"1\" = 6\n\"2\" = 5\n[tolerance.by_id]\n\"2\" = { about = \"1pp\" }", "2", Pass, ""},
		{"in step ignores the file's share tolerance", "\"1\" = 6\n\"2\" = 5\n[tolerance]\nabout = \"50%\"", "2", Warn, ""},
		{"in step missing its reference", `"2" = 5.4`, "2", Missing, "needs the figure of 1"},
		{"above reference passes", "\"1\" = 6\n\"3\" = 6.1", "3", Pass, "+0.1 pp"},
		{"above reference equal warns", "\"1\" = 6\n\"3\" = 6", "3", Warn, "needs > 6%"},
		{"above reference warns 0.5 pp under", "\"1\" = 6\n\"3\" = 5.5", "3", Warn, ""},
		{"above reference fails", "\"1\" = 6\n\"3\" = 5.49", "3", Fail, ""},
		{"external met", `"4" = { value = 3.1, target = 3 }`, "4", Pass, "+0.1"},
		{"external warn", `"4" = { value = 2.85, target = 3 }`, "4", Warn, ""},
		{"external fail", `"4" = { value = 2.8, target = 3 }`, "4", Fail, ""},
		{"external true", `"4" = true`, "4", Pass, "assessed as met"},
		{"external false", `"4" = false`, "4", Fail, "assessed as missed"},
		{"external bare value", `"4" = 3.1`, "4", Missing, "needs the target set by the higher level"},
		{"external quota kept", `"5" = { value = "9.8亿立方米", target = "10亿立方米" }`, "5", Pass, ""},
		{"external quota exceeded", `"5" = { value = "10.6亿立方米", target = "10亿立方米" }`, "5", Fail, ""},
		{"decrease passes", `"6" = 2.85`, "6", Pass, ""},
		{"decrease warns", `"6" = 2.7`, "6", Warn, ""},
		{"decrease fails", `"6" = 2.69`, "6", Fail, ""},
		{"stretch met", `"7" = 9.2`, "7", Pass, "stretch 9% met"},
		{"stretch not met", `"7" = 8.5`, "7", Pass, "stretch 9% not met"},
		{"qualitative assessed", `"8" = true`, "8", Pass, ""},
		{"qualitative missing", ``, "8", Missing, "give true or false"},
		{"count", `"9" = "58家"`, "9", Pass, "+1家 (+1.8% of target)"},
		{"count in the wrong unit", `"9" = 5700`, "9", Fail, "check the unit: 5700 looks like 57家"},
		{"lower at_most", `"10" = "5.6%"`, "10", Warn, "needs ≤ 5.5%"},
		{"lower stretch met", `"11" = 2.4`, "11", Pass, "stretch 2.5% met"},
		{"lower stretch not met", `"11" = 2.8`, "11", Pass, "stretch 2.5% not met"},
		{"missing", ``, "1", Missing, "no figure"},
		{"absolute tolerance", "\"1\" = 4.7\n[tolerance]\nabout = \"0.3pp\"", "1", Pass, ""},
		{"tolerance by id", "\"1\" = 4.7\n[tolerance.by_id]\n\"1\" = { about = \"0.3pp\" }", "1", Pass, ""},
		{"tolerance by id elsewhere", "\"1\" = 4.7\n[tolerance.by_id]\n\"6\" = { about = \"0.3pp\" }", "1", Warn, ""},
		{"wide warn", "\"10\" = 6\n[tolerance]\nwarn = \"10%\"", "10", Warn, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "[values]\n" + tt.values
			if i := strings.Index(tt.values, "\n["); i >= 0 {
				text = "[values]\n" + tt.values[:i] + tt.values[i:]
			}
			r := resultOf(t, checkText(t, text), tt.id)
			if r.Status != tt.status || !strings.Contains(r.Note, tt.note) {
				t.Errorf("%s: %s %q, want %s with %q", tt.id, r.Status, r.Note, tt.status, tt.note)
			}
		})
	}
}

func TestEvaluateSummary(t *testing.T) {
	rep := checkText(t, "[values]\n\"1\" = 5\n\"10\" = 5.6\n\"9\" = 50\n")
	want := Summary{Pass: 1, Warn: 1, Fail: 1, Missing: 8}
	if rep.Summary != want || len(rep.Results) != 11 || rep.Period != "2024" {
		t.Errorf("summary %+v of %d results for %s, want %+v of 11 for 2024", rep.Summary, len(rep.Results), rep.Period, want)
	}
	if got := SummaryLine(rep.Summary); got != "11 indicators: 1 pass, 1 warn, 1 fail, 8 missing" {
		t.Errorf("SummaryLine = %q", got)
	}
	for level, want := range map[FailOn]bool{FailOnFail: true, FailOnWarn: true, FailOnMissing: true} {
		if rep.Summary.Reaches(level) != want {
			t.Errorf("Reaches(%s) = %v, want %v", level, !want, want)
		}
	}
	clean := Summary{Pass: 2, Missing: 1}
	if clean.Reaches(FailOnFail) || clean.Reaches(FailOnWarn) || !clean.Reaches(FailOnMissing) {
		t.Errorf("a summary with only pass and missing reaches the wrong levels")
	}
}

// TestUnits converts figures given in other units into the target's.
func TestUnits(t *testing.T) {
	data, err := os.ReadFile("../seeds/shaoxing-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := indicators.Read("shaoxing", data)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key, value string
		want       float64
	}{
		{"new_urban_jobs", `"10.2万人"`, 10.2},
		{"new_urban_jobs", `"102000人"`, 10.2},
		{"new_urban_jobs", `9.6`, 9.6},
		{"export_national_share", `"1.43%"`, 14.3},
		{"export_national_share", `"14.3‰"`, 14.3},
		{"foreign_investment", `"106000万美元"`, 10.6},
		{"gdp_growth", `"７.８％"`, 7.8},
		{"gdp_growth", `"-0.5%"`, -0.5},
		{"pension_insured", `"3767800人"`, 376.78},
		{"pension_insured", `"3,767,800人"`, 376.78},
		{"pension_insured", `"３，７６７，８００人"`, 376.78},
		{"urban_rural_income_ratio", `1.66`, 1.66},
	}
	for _, tt := range tests {
		a, err := LoadOptions{Period: "2023"}.Load("u.toml", []byte("[values]\n"+tt.key+" = "+tt.value+"\n"), p)
		if err != nil {
			t.Errorf("%s = %s: %v", tt.key, tt.value, err)
			continue
		}
		if got := *a.Values[0].Figure; got != tt.want {
			t.Errorf("%s = %s: read %v, want %v", tt.key, tt.value, got, tt.want)
		}
	}
}

func mustRead(t testing.TB, data []byte) *indicators.Plan {
	t.Helper()
	p, err := indicators.Read("plan", data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFileTolerancePoints applies a file-wide tolerance in percentage
// points to targets in % only: a level keeps a share of its target, for
// 0.5 points would be 0.5 of its own unit.
func TestFileTolerancePoints(t *testing.T) {
	rep := checkText(t, "[tolerance]\nwarn = \"0.5pp\"\n[values]\n\"10\" = \"5.9%\"\n\"9\" = 55\n")
	if r := resultOf(t, rep, "10"); r.Status != Warn {
		t.Errorf("10 = 5.9%% against 5.5%%以内 with warn 0.5pp: %s %q, want warn", r.Status, r.Note)
	}
	if r := resultOf(t, rep, "9"); r.Status != Warn {
		t.Errorf("9 = 55 against 57家 with a file-wide warn in points: %s %q, want warn within 5%% of 57, not within 0.5家", r.Status, r.Note)
	}
}

// TestInStepPeriods refuses to judge a figure against its reference's of
// other months: a year's growth against a quarter's GDP growth means
// nothing.
func TestInStepPeriods(t *testing.T) {
	rep := checkText(t, "[values]\n\"1\" = { value = 6.8, period = \"2024-03\" }\n\"2\" = 6.4\n")
	if r := resultOf(t, rep, "2"); r.Status != Missing || !strings.Contains(r.Note, "give both for the same months") {
		t.Errorf("2 = 6.4 for the year against GDP growth of a quarter: %s %q, want missing with a note", r.Status, r.Note)
	}
	rep = checkText(t, "[values]\n\"1\" = 6.8\n\"2\" = 6.4\n")
	if r := resultOf(t, rep, "2"); r.Status != Pass {
		t.Errorf("2 = 6.4 beside GDP 6.8 of the same year: %s %q, want pass", r.Status, r.Note)
	}
}

// TestByIDInherits starts a [tolerance.by_id] entry from the file-wide
// tolerances, whatever their order in the file, as a level takes them.
func TestByIDInherits(t *testing.T) {
	rep := checkText(t, "[tolerance]\nwarn = \"10%\"\n[tolerance.by_id]\n\"9\" = { about = \"1\" }\n[values]\n\"9\" = 52\n")
	if r := resultOf(t, rep, "9"); r.Status != Warn {
		t.Errorf("9 = 52 against 57家 with the file's warn 10%%: %s %q, want warn", r.Status, r.Note)
	}
	rep = checkText(t, "[tolerance]\nwarn = \"0.5pp\"\n[tolerance.by_id]\n\"9\" = { about = \"1\" }\n[values]\n\"9\" = 55\n")
	if r := resultOf(t, rep, "9"); r.Status != Warn {
		t.Errorf("9 = 55 against 57家 with the file's warn in points: %s %q, want warn within 5%% of 57", r.Status, r.Note)
	}
}

// TestIndexTolerance takes a share of an index target (上年=100) of its
// change from 100, as the same target in % would be: 107 against 103左右 is
// a rise of 7% against 3%, no pass.
func TestIndexTolerance(t *testing.T) {
	p, err := indicators.Read("cpi.txt", []byte("指标名称 | 2024年目标\n居民消费价格指数(上年=100) | 103左右\n"))
	if err != nil {
		t.Fatal(err)
	}
	for value, want := range map[string]Status{"103.1": Pass, "102": Pass, "103.25": Warn, "107": Fail} {
		a, err := LoadOptions{Period: "2024"}.Load("a.toml", []byte("[values]\n\"1\" = "+value+"\n"), p)
		if err != nil {
			t.Fatal(err)
		}
		if r := resultOf(t, Evaluate(p, a), "1"); r.Status != want {
			t.Errorf("1 = %s against 103左右: %s %q, want %s", value, r.Status, r.Note, want)
		}
	}
	// The same index with its unit cell in %, and a composite index with no
	// base of 100, which keeps its share of the whole.
	p, err = indicators.Read("idx.txt", []byte("指标名称 | 单位 | 2024年目标\n居民消费价格指数 | % | 103左右\n群众安全感指数 | | 98以上\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := LoadOptions{Period: "2024"}.Load("a.toml", []byte("[values]\n\"1\" = 107\n\"2\" = 97.5\n"), p)
	if err != nil {
		t.Fatal(err)
	}
	rep := Evaluate(p, a)
	if r := resultOf(t, rep, "1"); r.Status != Fail {
		t.Errorf("1 = 107 against 103左右 in %%: %s %q, want fail", r.Status, r.Note)
	}
	if r := resultOf(t, rep, "2"); r.Status != Warn {
		t.Errorf("2 = 97.5 against 98以上 of a composite index: %s %q, want warn", r.Status, r.Note)
	}
}
