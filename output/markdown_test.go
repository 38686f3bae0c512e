package output

import (
	"strings"
	"testing"
)

func TestMarkdownReports(t *testing.T) {
	out := writeRun(t, "markdown", Options{}, sampleReports(t), nil)
	goldenFile(t, "reports.md", out)
	for _, want := range []string{
		"### dir/a,\"b\"\\|c.toml — 2024年某市国民经济和社会发展计划主要目标, period 2024\n",
		"| ID | Indicator | Target | Actual | Status | Note |\n",
		"| 9 | 博物馆数量 | 57家 | 50 | ❌ fail | −7家 (−12.3% of target); needs ≥ 57家 |",
		"Missing (no figure): 2, 3, 5, 6, 7, 8\n",
		"### bad.toml\n\nNot checked: bad.toml:3: \"x\": 50% off, and: wrong<br>next<br>bad.toml:7: second\n",
		"**2 files (1 not checked): 10 indicators: 2 pass, 1 warn, 1 fail, 6 missing**\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown output lacks %q:\n%s", want, out)
		}
	}
	quiet := writeRun(t, "markdown", Options{Quiet: true}, sampleReports(t), nil)
	if strings.Contains(quiet, "地区生产总值增长") || strings.Contains(quiet, "Missing (no figure)") || !strings.Contains(quiet, "博物馆数量") {
		t.Errorf("--quiet shows a pass or the missing, or hides a fail:\n%s", quiet)
	}
}

func TestMarkdownTrend(t *testing.T) {
	reports, trend := sampleTrend(t)
	goldenFile(t, "trend.md", writeRun(t, "markdown", Options{}, reports, trend))
}

func TestMarkdownRules(t *testing.T) {
	goldenFile(t, "rules.md", writeRules(t, "markdown"))
}

func TestMarkdownCell(t *testing.T) {
	for in, want := range map[string]string{
		"a|b":      `a\|b`,
		`a\b`:      `a\\b`,
		"one\ntwo": "one<br>two",
		"地区生产总值":   "地区生产总值",
	} {
		if got := markdownCell(in); got != want {
			t.Errorf("markdownCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownSummary(t *testing.T) {
	want := "- dir/a,\"b\"\\|c.toml: 10 indicators: 2 pass, 1 warn, 1 fail, 6 missing\n" +
		"- bad.toml: not checked\n\n" +
		"**2 files (1 not checked): 10 indicators: 2 pass, 1 warn, 1 fail, 6 missing**\n"
	if got := writeRun(t, "markdown", Options{Summary: true}, sampleReports(t), nil); got != want {
		t.Errorf("--summary:\n%s\nwant\n%s", got, want)
	}
}
