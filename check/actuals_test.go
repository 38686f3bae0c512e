package check

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"plan/indicators"

	"plan/input"
)

// errorText writes every error of a load with its hint, one a line, as a
// person reads them.
func errorText(err error) string {
	var b strings.Builder
	for _, e := range input.Errors(err) {
		b.WriteString(e.Error() + "\n")
		if e.Hint != "" {
			b.WriteString("hint: " + e.Hint + "\n")
		}
	}
	return b.String()
}

// loadTest loads actuals text against plan p as plan check --period 2024
// would: a file need not give its period, unless the test is about it.
func loadTest(t testing.TB, text string) (*Actuals, error) {
	t.Helper()
	opts := LoadOptions{Period: "2024"}
	if strings.HasPrefix(text, "period") {
		opts = LoadOptions{}
	}
	return opts.Load("a.toml", []byte(text), readTestPlan(t))
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"syntax", "[values]\n\"1\" = = 5\n", "a.toml:2:7: TOML syntax:"},
		{"unknown key", "[values]\ngdp_grwth = 5\n", `a.toml:2: "gdp_grwth": no such indicator`},
		{"unknown name", "[values]\n\"地区生产总值增涨\" = 5\n", `did you mean "地区生产总值增长"?`},
		{"unknown ID", "[values]\n\"99\" = 5\n", `a.toml:2: "99": no such indicator`},
		{"points for a level", "[tolerance.by_id]\n\"9\" = { warn = \"5pp\" }\n", `a.toml:2: "9": warn "5pp": percentage points are for a target in %, and 9 博物馆数量 is in 家`},
		{"a bare dotted ID", "[values]\n1 = 5\n9.1 = 25\n", `a.toml:3: "9.1": TOML reads a bare 9.1 as a table 9 holding 1`},
		{"wrong type", "[values]\n\"1\" = [5]\n", `a.toml:2: "1": wrong type array`},
		{"datetime", "[values]\n\"1\" = 2024-05-01\n", `a.toml:2: "1": wrong type datetime`},
		{"bool for in step", "[values]\n\"2\" = true\n", `2 needs a figure such as "7.8%"`},
		{"bool for a figure", "[values]\n\"1\" = true\n", `"1": true/false is for external and qualitative targets; 1 needs a figure such as "5%"`},
		{"figure for qualitative", "[values]\n\"8\" = 5\n", `8 has a qualitative target (促稳提质): give true if it was met`},
		{"unit that does not fit", "[values]\n\"1\" = \"5吨\"\n", `a.toml:2: "1": 5吨: unit 吨 does not fit a target in %`},
		{"unknown unit", "[values]\n\"1\" = \"5 percent\"\n", `unknown unit "percent"`},
		{"NaN", "[values]\n\"1\" = nan\n", `"1": NaN is not a figure`},
		{"Inf", "[values]\n\"1\" = inf\n", `"1": +Inf is not a figure`},
		{"empty string", "[values]\n\"1\" = \"\"\n", `"1": empty string`},
		{"not a figure", "[values]\n\"1\" = \"about five\"\n", `is not a figure`},
		{"period outside the year", "period = \"2023-Q2\"\n", `a.toml:1: "period": period 2023-Q2 is outside the plan year 2024`},
		{"bad period", "period = \"2024-H1\"\n", `"period": period "2024-H1": write the year`},
		{"value period outside the year", "[values]\n\"1\" = { value = 5, period = \"2023-05\" }\n", "outside the plan year 2024"},
		{"plan mismatch", "plan = \"2023\"\n", `a.toml:1: "plan": the file is for plan "2023"`},
		{"unknown top-level key", "values2 = 1\n", `a.toml:1: "values2": unknown key`},
		{"values not a table", "values = 1\n", `"values": must be a table`},
		{"bad tolerance", "[values]\n\"7\" = 5\n[tolerance]\nabout = \"x\"\n", `"about": tolerance x`},
		{"duplicate", "[values]\n\"1\" = 5\n\"地区生产总值增长\" = 5\n", `a.toml:3: "地区生产总值增长": 1 地区生产总值增长 is already given as "1"`},
		{"unknown field", "[values]\n\"4\" = { value = 1, goal = 2 }\n", `unknown field "goal"`},
		{"target on a rule with its own", "[values]\n\"1\" = { value = 5, target = 6 }\n", `target is for external targets`},
		{"table without value", "[values]\n\"4\" = { target = 6 }\n", `the table has no value`},
		{"unknown tolerance", "[tolerance]\nslack = \"5%\"\n", `a.toml:2: "slack": unknown tolerance`},
		{"by_id unknown", "[tolerance.by_id]\nnope = { about = \"1%\" }\n", `"nope": no such indicator`},
		{"empty file", "  \n\n", "a.toml: empty file"},
		{"binary", "\x00\x01\x02\xff", "a.toml: not a text file"},
		{"a plan file", "schema = 1\n[plan]\ntitle = \"x\"\nyear = 2024\n[[indicators]]\nid = \"1\"\n", "a.toml: a plan file, not a file of actual figures\nhint: give a plan file with --plan FILE"},
		{"misspelt table", "[valeus]\n\"1\" = 5\n", "a.toml:1: \"valeus\": unknown table [valeus]\nhint: did you mean values?"},
		{"misspelt key", "\nperiood = \"2024\"\n", "a.toml:2: \"periood\": unknown key\nhint: did you mean period?"},
		{"misspelt subtable", "[tolerence.by_id]\n\"1\" = { about = \"1%\" }\n", "a.toml:1: \"tolerence\": unknown table [tolerence]\nhint: did you mean tolerance?"},
		{"did you mean an indicator", "[values]\ngdp_grwth = 5\n", "a.toml:2: \"gdp_grwth\": no such indicator in 2024年某市国民经济和社会发展计划主要目标\nhint: did you mean \"gdp_growth\"?"},
		{"an indicator far from any", "[values]\nzzzzzzzz = 5\n", "a.toml:2: \"zzzzzzzz\": no such indicator in 2024年某市国民经济和社会发展计划主要目标\nhint: plan rules lists the keys, IDs and names"},
		{"400 digits", "[values]\n\"1\" = 1" + strings.Repeat("0", 400) + "\n", "a.toml:2:7: \"values.1\": a number too large to be a figure"},
		{"400 digits in a string", "[values]\n\"9\" = \"1" + strings.Repeat("0", 400) + "\"\n", `"9": "100000000000000000000000…" is larger than any figure a plan sets (at most 1e+15)`},
		{"1e300", "[values]\n\"1\" = 1e300\n", `"1": 1e+300 is larger than any figure a plan sets (at most 1e+15)`},
		{"-inf", "[values]\n\"1\" = -inf\n", `"1": -Inf is not a figure`},
		{"too large once converted", "[values]\n\"9\" = \"999999999999万家\"\n", `"9": 999999999999万家 is larger than any figure`},
		{"too large a target", "[values]\n\"4\" = { value = 1, target = 1e16 }\n", `"4": target: 1e+16 is larger than any figure`},
		{"a figure later than the file", "period = \"2024-06\"\n[values]\n\"1\" = { value = 5, period = \"2024-07\" }\n", `a.toml:3: "1": period 2024-07 is later than the file's period 2024-06`},
		{"thousands grouped wrongly", "[values]\n\"9\" = \"5,70\"\n", "a comma in a figure separates thousands"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := loadTest(t, tt.text)
			if err == nil || a != nil {
				t.Fatalf("Load(%q) = %v, %v; want an error with %q", tt.text, a, err, tt.want)
			}
			if got := errorText(err); !strings.Contains(got, tt.want) {
				t.Errorf("Load(%q) error:\n%s\nwant it to contain\n  %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestLoadGroupRow(t *testing.T) {
	data, err := os.ReadFile("../seeds/shaoxing-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := mustRead(t, data)
	_, err = LoadOptions{Period: "2023"}.Load("a.toml", []byte("[values]\n\"9.3\" = \"19.4%\"\n"), p)
	if err == nil || !strings.Contains(err.Error(), "9.3 交通、能源和水利投资增速 is a group with no target of its own") {
		t.Errorf("a group row's figure: error %v", err)
	}
}

func TestLoadEveryError(t *testing.T) {
	_, err := loadTest(t, "[values]\nnope = 1\n\"1\" = \"\"\n")
	if err == nil || len(input.Errors(err)) != 2 {
		t.Errorf("two bad values: error %v, want both reported", err)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, make([]byte, MaxActualsSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	p := readTestPlan(t)
	for path, want := range map[string]string{
		filepath.Join(dir, "none.toml"): "none.toml: cannot read: no such file or directory",
		big:                             "big.toml: larger than 1024 KiB",
		dir:                             "cannot read",
	} {
		if _, err := LoadFile(path, p); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("LoadFile(%s) error = %v, want %q", path, err, want)
		}
	}
	good := filepath.Join(dir, "good.toml")
	if err := os.WriteFile(good, []byte("plan = 2024\nperiod = \"2024-Q3\"\n[values]\n\"1\" = \"5.1%\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := LoadFile(good, p)
	if err != nil || a.Period.Months != 9 || len(a.Values) != 1 || a.Values[0].Line != 4 {
		t.Errorf("LoadFile(good) = %+v, %v; want Q3 with one value on line 4", a, err)
	}
}

// FuzzLoad checks that loading an actuals file never panics, returns an
// error or actuals, never both or neither, and places every error in the
// file, in line order. Nesting is refused before decoding, so every input
// loads in bounded time and memory; inputs over a few KB add nothing a
// smaller one does not and are skipped.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"../examples/shaoxing-2023.toml", "../examples/shaoxing-2023-h1.toml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("period = \"2024-Q2\"\n[values]\n\"1\" = { value = \"5%\", period = \"2024-05\" }\n[tolerance.by_id]\n\"1\" = { warn = \"1pp\" }\n"))
	f.Add([]byte("plan = 2024\n[values]\n\"4\" = { value = 1, target = \"2万\" }\n\"8\" = true\n\"6\" = \"下降3,500%\"\n"))
	f.Add([]byte("[valeus]\nx = [[[[[[[[[[[[1]]]]]]]]]]]]\n"))
	f.Add([]byte("\xff\xfep\x00e\x00r\x00i\x00o\x00d\x00 \x00=\x00 \x00\"\x002\x000\x002\x004\x00\"\x00"))
	p := readTestPlan(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		const most = 4 << 10 // bytes
		if len(data) > most {
			t.Skip()
		}
		a, err := Load("fuzz.toml", data, p)
		if (a == nil) == (err == nil) {
			t.Fatalf("Load returned %v and %v: want exactly one", a, err)
		}
		if a != nil {
			Evaluate(p, a)
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		errs := input.Errors(err)
		for i, e := range errs {
			if e.Pos.File != "fuzz.toml" || e.Pos.Line < 0 || e.Pos.Line > lines || e.Msg == "" {
				t.Errorf("error %q not placed in the file (%d lines)", e.Error(), lines)
			}
			if i > 0 && e.Pos.Before(errs[i-1].Pos) {
				t.Errorf("error %q after %q: not in line order", e.Error(), errs[i-1].Error())
			}
		}
	})
}

// TestLoadErrorsInLineOrder gives every error of a file sorted by line,
// whatever order the loader finds them in.
func TestLoadErrorsInLineOrder(t *testing.T) {
	text := "[values]\n\"1\" = \"\"\n[tolerance]\nslack = \"5%\"\n[nature]\nnope = \"rate\"\n[valeus]\n"
	_, err := loadTest(t, text)
	var lines []int
	for _, e := range input.Errors(err) {
		lines = append(lines, e.Pos.Line)
	}
	if want := []int{2, 4, 6, 7}; !slices.Equal(lines, want) {
		t.Errorf("errors at lines %v, want %v:\n%v", lines, want, err)
	}
}

// TestLoadEncodings reads actuals files saved by Windows tools, in GB18030
// or UTF-16, and says which encoding was read.
func TestLoadEncodings(t *testing.T) {
	text := "period = \"2024\"\n# 全年数据\n[values]\n\"城镇调查失业率\" = \"5.1%\"\n"
	utf16 := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	for _, tt := range []struct {
		enc  encoding.Encoding
		want string
	}{
		{encoding.Nop, "UTF-8"},
		{simplifiedchinese.GBK, "GB18030"},
		{simplifiedchinese.GB18030, "GB18030"},
		{utf16, "UTF-16LE"},
	} {
		data, err := tt.enc.NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		a, err := Load("a.toml", data, readTestPlan(t))
		if err != nil {
			t.Errorf("%s: %v", tt.want, err)
			continue
		}
		if a.Encoding != tt.want || len(a.Values) != 1 || a.Values[0].ID != "10" || a.Values[0].Line != 4 {
			t.Errorf("%s: read as %s (%s) with %+v", tt.want, a.Encoding, a.EncodingReason, a.Values)
		}
	}
}

// TestLoadDeepNesting refuses a file nested past input.MaxTOMLDepth before
// decoding it: 40 KB of nested inline tables is an error at once.
func TestLoadDeepNesting(t *testing.T) {
	const depth = 10000
	text := "period = \"2024\"\n[values]\n\"1\" = " + strings.Repeat("{ a = ", depth) + "1" + strings.Repeat(" }", depth) + "\n"
	start := time.Now()
	_, err := Load("deep.toml", []byte(text), readTestPlan(t))
	if err == nil || !strings.Contains(err.Error(), "deep.toml:3: tables, arrays or dotted keys nested more than") {
		t.Errorf("deep nesting: error %v", err)
	}
	// Without the guard this takes seconds and gigabytes; the bound is
	// loose for a loaded machine.
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("deep nesting refused in %v, want at once", d)
	}
}

// TestAmbiguousName refuses a name two rows share, naming both, and finds
// an indicator by its ID before another's name that reads like one.
func TestAmbiguousName(t *testing.T) {
	doc := "序号 | 指标名称 | 2023年目标\n1 | 地区生产总值增长 | 6%左右\n2 | 固定资产投资增长 | 8%\n | 其中:工业投资 | 10%\n" +
		"3 | 规上工业增加值增长 | 7%\n | 其中:工业投资 | 3%\n"
	p, err := indicators.Read("dup.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	_, err = LoadOptions{Period: "2023"}.Load("a.toml", []byte("[values]\n\"工业投资\" = 5\n"), p)
	if err == nil || !strings.Contains(errorText(err), `a.toml:2: "工业投资": 2 indicators are named 工业投资: 2.1, 3.1`) {
		t.Errorf("a name two rows share: error %v", err)
	}
	// A plan file whose first row is named "2": "2" is still ID 2.
	p, err = indicators.ReadPlanFile("p.toml", []byte("schema = 1\n[plan]\ntitle = \"t\"\nyear = 2023\n"+
		"[[indicators]]\nid = \"1\"\nname = \"2\"\ntarget = \"5%以上\"\n[[indicators]]\nid = \"2\"\nname = \"城镇调查失业率\"\ntarget = \"5.5%以内\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := LoadOptions{Period: "2023"}.Load("a.toml", []byte("[values]\n\"2\" = 5\n"), p)
	if err != nil {
		t.Fatal(err)
	}
	if r := resultOf(t, Evaluate(p, a), "2"); r.Status != Pass {
		t.Errorf(`"2" = 5: %s %q, want the figure of ID 2 (5.5%%以内), not of the row named 2`, r.Status, r.Note)
	}
}
