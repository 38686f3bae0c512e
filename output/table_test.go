package output

import (
	"strings"
	"testing"
)

func TestTableReports(t *testing.T) {
	out := writeRun(t, "table", Options{}, sampleReports(t), nil)
	goldenFile(t, "reports.table", out)
	for _, want := range []string{
		"dir/a,\"b\"|c.toml: 2024年某市国民经济和社会发展计划主要目标, period 2024\n",
		"│ 经济     │ 1  │ 地区生产总值增长 │ 5%左右         │ 5.2% (to 2024-05) │ pass   │ +0.2 pp",
		"missing (no figure; --all lists them): 2 3 5 6 7 8\n",
		"2 files (1 not checked): 10 indicators: 2 pass, 1 warn, 1 fail, 6 missing\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "bad.toml") || strings.Contains(out, "\x1b[") {
		t.Errorf("table output names the unreadable file (its errors go to stderr) or has colour:\n%s", out)
	}
	all := writeRun(t, "table", Options{All: true}, sampleReports(t), nil)
	if !strings.Contains(all, "│ 8  │ 进出口") || strings.Contains(all, "--all lists them") {
		t.Errorf("--all does not list the missing results:\n%s", all)
	}
	quiet := writeRun(t, "table", Options{Quiet: true}, sampleReports(t), nil)
	if strings.Contains(quiet, "地区生产总值增长") || !strings.Contains(quiet, "城镇调查失业率") || !strings.Contains(quiet, "博物馆数量") {
		t.Errorf("--quiet shows a pass or hides a fail:\n%s", quiet)
	}
	color := writeRun(t, "table", Options{Color: true, All: true}, sampleReports(t), nil)
	for _, want := range []string{"\x1b[31mfail\x1b[0m", "\x1b[33mwarn\x1b[0m", "\x1b[32mpass\x1b[0m", "\x1b[2mmissing\x1b[0m"} {
		if !strings.Contains(color, want) {
			t.Errorf("colour on: no %q:\n%s", want, color)
		}
	}
}

func TestTableTrend(t *testing.T) {
	reports, trend := sampleTrend(t)
	out := writeRun(t, "table", Options{}, reports, trend)
	goldenFile(t, "trend.table", out)
	if strings.Contains(out, "q1.toml: ") {
		t.Errorf("the trend view writes a table per file too:\n%s", out)
	}
}

func TestTableRules(t *testing.T) {
	goldenFile(t, "rules.table", writeRules(t, "table"))
}

func TestTableSummary(t *testing.T) {
	reports := sampleReports(t)
	clean := checked(t, "clean.toml", "period = \"2024\"\n[values]\n\"1\" = 5\n")
	reports = append(reports, clean)
	want := "dir/a,\"b\"|c.toml: 10 indicators: 2 pass, 1 warn, 1 fail, 6 missing\n" +
		"bad.toml: not checked\n" +
		"clean.toml: 10 indicators: 1 pass, 0 warn, 0 fail, 9 missing\n" +
		"3 files (1 not checked): 20 indicators: 3 pass, 1 warn, 1 fail, 15 missing\n"
	if got := writeRun(t, "table", Options{Summary: true}, reports, nil); got != want {
		t.Errorf("--summary:\n%s\nwant\n%s", got, want)
	}
	quiet := strings.Replace(want, "clean.toml: 10 indicators: 1 pass, 0 warn, 0 fail, 9 missing\n", "", 1)
	if got := writeRun(t, "table", Options{Summary: true, Quiet: true}, reports, nil); got != quiet {
		t.Errorf("--summary --quiet:\n%s\nwant\n%s", got, quiet)
	}
}
