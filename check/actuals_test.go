package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"syntax", "[values]\n\"1\" = = 5\n", "a.toml:2: TOML syntax:"},
		{"unknown key", "[values]\ngdp_grwth = 5\n", `a.toml:2: "gdp_grwth": no such indicator`},
		{"unknown name", "[values]\n\"地区生产总值增涨\" = 5\n", `did you mean "地区生产总值增长"?`},
		{"unknown ID", "[values]\n\"99\" = 5\n", `a.toml:2: "99": no such indicator`},
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
	}
	p := readTestPlan(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Load("a.toml", []byte(tt.text), p)
			if err == nil || a != nil {
				t.Fatalf("Load(%q) = %v, %v; want an error with %q", tt.text, a, err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load(%q) error:\n  %v\nwant it to contain\n  %s", tt.text, err, tt.want)
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
	_, err = Load("a.toml", []byte("[values]\n\"9.3\" = \"19.4%\"\n"), p)
	if err == nil || !strings.Contains(err.Error(), "9.3 交通、能源和水利投资增速 is a group with no target of its own") {
		t.Errorf("a group row's figure: error %v", err)
	}
}

func TestLoadEveryError(t *testing.T) {
	_, err := Load("a.toml", []byte("[values]\nnope = 1\n\"1\" = \"\"\n"), readTestPlan(t))
	if err == nil || len(errorLinesOf(err)) != 2 {
		t.Errorf("two bad values: error %v, want both reported", err)
	}
}

func errorLinesOf(err error) []string { return strings.Split(err.Error(), "\n") }

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

// FuzzLoad checks that loading an actuals file never panics and returns an
// error or actuals, never both or neither.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"../examples/shaoxing-2023.toml", "../examples/shaoxing-2023-h1.toml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("[values]\n\"1\" = { value = \"5%\", period = \"2024-05\" }\n[tolerance.by_id]\n\"1\" = { warn = \"1pp\" }\n"))
	f.Add([]byte("plan = 2024\n[values]\n\"4\" = { value = 1, target = \"2万\" }\n\"8\" = true\n"))
	p := readTestPlan(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Load("fuzz.toml", data, p)
		if (a == nil) == (err == nil) {
			t.Fatalf("Load returned %v and %v: want exactly one", a, err)
		}
		if a != nil {
			Evaluate(p, a)
		}
	})
}
