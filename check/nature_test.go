package check

import (
	"fmt"
	"strings"
	"testing"

	"plan/indicators"
)

// naturePlan has one indicator of each nature.
const naturePlan = `指标名称
2023年目标
1
城镇调查失业率
5.5%以内
2
新增城镇就业人数
9.6万人以上
3
博物馆数量
60家
4
实际使用外资额
12亿美元
5
服务贸易进出口额
完成省下达目标
6
用水总量
20亿立方米以内
7
政府债务余额
控制在500亿元以内
8
进出口总额
1000亿元以上,力争1200亿元
`

func TestNatureInferred(t *testing.T) {
	p, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]indicators.Nature{"1": indicators.Rate, "2": indicators.Flow, "3": indicators.Stock, "4": indicators.Flow, "5": indicators.Flow, "6": indicators.Flow, "7": indicators.Stock} {
		if ind, _ := p.Lookup(id); ind.Nature != want {
			t.Errorf("%s %s: nature %s, want %s", id, ind.Name, ind.Nature, want)
		}
	}
}

// TestNatures judges each nature at Q1, Q2, Q3 and the full year, at the
// boundaries. Warn is 5% of the (elapsed share of the) target.
func TestNatures(t *testing.T) {
	tests := []struct {
		id, period, value string
		status            Status
		note              string
	}{
		// rate: the year-to-date figure against the annual target
		{"1", "2023-Q1", "5.5", Pass, ""},
		{"1", "2023-Q2", "5.775", Warn, ""},
		{"1", "2023-Q3", "5.8", Fail, ""},
		{"1", "2023", "5.5", Pass, ""},
		// flow: against the elapsed share of 9.6万人 (Q1 2.4, Q2 4.8, Q3 7.2)
		{"2", "2023-Q1", "2.4", Pass, "2.4万人 due by 2023-Q1 (3/12 of the year); full-year pace 9.6万人"},
		{"2", "2023-Q1", "2.28", Warn, "needs ≥ 2.4万人"},
		{"2", "2023-Q1", "2.27", Fail, ""},
		{"2", "2023-Q2", "4.8", Pass, "full-year pace 9.6万人"},
		{"2", "2023-Q2", "4.56", Warn, ""},
		{"2", "2023-Q2", "4.55", Fail, ""},
		{"2", "2023-Q3", "7.2", Pass, ""},
		{"2", "2023-Q3", "6.84", Warn, ""},
		{"2", "2023-Q3", "6.83", Fail, ""},
		{"2", "2023-05", "4", Pass, "4万人 due by 2023-05 (5/12 of the year)"},
		{"2", "2023", "9.6", Pass, ""},
		{"2", "2023", "9.12", Warn, ""},
		{"2", "2023-12", "9.11", Fail, ""},
		// stock: the year-end target; before the end a shortfall is a warn
		{"3", "2023-Q1", "60", Pass, ""},
		{"3", "2023-Q2", "57", Warn, "needs ≥ 60家"},
		{"3", "2023-Q3", "40", Warn, "not yet reached"},
		{"3", "2023", "57", Warn, ""},
		{"3", "2023", "56.99", Fail, ""},
		{"3", "2023-12", "40", Fail, ""},
		// an external flow: the annual target given is scaled like the plan's
		{"5", "2023-Q2", "{ value = 50, target = 100 }", Pass, "50 due by 2023-Q2"},
		{"5", "2023-Q2", "{ value = 47.5, target = 100 }", Warn, ""},
		{"5", "2023-Q2", "{ value = 47, target = 100 }", Fail, ""},
		{"5", "2023", "{ value = 99, target = 100 }", Warn, ""},
		// a cap on an annual total: a half-year on pace to break it fails
		{"6", "2023-Q2", "12", Fail, "10亿立方米 due by 2023-Q2"},
		{"6", "2023-Q2", "9", Pass, ""},
		// a cap on a year-end level: over it before the year's end is a warn that says so
		{"7", "2023-Q2", "600", Warn, "over the cap so far"},
		{"7", "2023-Q2", "450", Pass, ""},
		{"7", "2023", "600", Fail, ""},
		// a flow's stretch is due in the same share as its target
		{"8", "2023-Q2", "610", Pass, "stretch 600亿元 met"},
		{"8", "2023-Q2", "550", Pass, "stretch 600亿元 not met"},
	}
	p, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%s/%s", tt.id, tt.period, tt.value), func(t *testing.T) {
			text := fmt.Sprintf("period = %q\n[values]\n%q = %s\n", tt.period, tt.id, tt.value)
			a, err := Load("n.toml", []byte(text), p)
			if err != nil {
				t.Fatal(err)
			}
			r := resultOf(t, Evaluate(p, a), tt.id)
			if r.Status != tt.status || !strings.Contains(r.Note, tt.note) {
				t.Errorf("%s = %s at %s: %s %q, want %s with %q", tt.id, tt.value, tt.period, r.Status, r.Note, tt.status, tt.note)
			}
		})
	}
}

func TestNatureOverride(t *testing.T) {
	p, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	// 实际使用外资额 is a flow; a file may say it is a stock (a balance).
	a, err := Load("n.toml", []byte("period = \"2023-Q2\"\n[values]\n\"4\" = 6\n[nature]\n\"4\" = \"stock\"\n"), p)
	if err != nil {
		t.Fatal(err)
	}
	if r := resultOf(t, Evaluate(p, a), "4"); r.Status != Warn || r.Nature != indicators.Stock {
		t.Errorf("stock by override: %s %s, want warn stock", r.Status, r.Nature)
	}
	for text, want := range map[string]string{
		"[nature]\n\"4\" = \"level\"\n": `n.toml:2: "4": nature level: use rate, flow or stock`,
		"[nature]\nnope = \"rate\"\n":   `n.toml:2: "nope": no such indicator`,
	} {
		if _, err := Load("n.toml", []byte(text), p); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Load(%q) error = %v, want %q", text, err, want)
		}
	}
}

// TestNatureValuePeriod judges a figure by its own period, not the file's.
func TestNatureValuePeriod(t *testing.T) {
	p, err := indicators.Read("n", []byte(naturePlan))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Load("n.toml", []byte("period = \"2023-06\"\n[values]\n\"2\" = { value = 4, period = \"2023-05\" }\n"), p)
	if err != nil {
		t.Fatal(err)
	}
	if r := resultOf(t, Evaluate(p, a), "2"); r.Status != Pass || !strings.Contains(r.Note, "4万人 due by 2023-05 (5/12 of the year)") {
		t.Errorf("a January-to-May flow in a first-half file: %s %q, want pass against 5/12", r.Status, r.Note)
	}
}
