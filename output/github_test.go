package output

import (
	"strings"
	"testing"

	"plan/check"
)

func TestGitHubReports(t *testing.T) {
	out := writeRun(t, "github", Options{}, sampleReports(t), nil)
	goldenFile(t, "reports.github", out)
	for _, want := range []string{
		"::warning file=dir/a%2C\"b\"|c.toml,line=4,title=plan%3A 10 城镇调查失业率 warn::10 城镇调查失业率: warn, target 控制在5.5%25以内; +0.1 pp; needs ≤ 5.5%25\n",
		"::error file=dir/a%2C\"b\"|c.toml,line=5,title=plan%3A 9 博物馆数量 fail::",
		"::notice file=dir/a%2C\"b\"|c.toml,title=plan::10 indicators: 2 pass, 1 warn, 1 fail, 6 missing\n",
		"::error file=bad.toml,line=3,title=plan%3A not checked::bad.toml:3: \"x\": 50%25 off, and: wrong%0Anext\n",
		"::error file=bad.toml,line=7,title=plan%3A not checked::bad.toml:7: second\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("github output lacks\n  %q\nin\n%s", want, out)
		}
	}
	if strings.Contains(out, "::error file=dir/a%2C\"b\"|c.toml,line=4") {
		t.Errorf("a warn is an error below --fail-on warn:\n%s", out)
	}
	if out := writeRun(t, "github", Options{FailOn: check.FailOnWarn}, sampleReports(t), nil); !strings.Contains(out, "::error file=dir/a%2C\"b\"|c.toml,line=4") {
		t.Errorf("a warn is not an error under --fail-on warn:\n%s", out)
	}
	if quiet := writeRun(t, "github", Options{Quiet: true}, sampleReports(t), nil); strings.Contains(quiet, "::notice") || !strings.Contains(quiet, "::error") {
		t.Errorf("--quiet keeps the notices or drops the problems:\n%s", quiet)
	}
}

func TestGitHubErrorWithoutList(t *testing.T) {
	rep := check.Report{File: "x.toml", Error: "cannot read"}
	out := writeRun(t, "github", Options{}, []check.Report{rep}, nil)
	if out != "::error file=x.toml,title=plan%3A not checked::cannot read\n" {
		t.Errorf("a report with only an error message: %q", out)
	}
}

func TestGitHubEscapes(t *testing.T) {
	for _, tt := range []struct{ in, data, prop string }{
		{"plain 中文", "plain 中文", "plain 中文"},
		{"50% off\r\nnext", "50%25 off%0D%0Anext", "50%25 off%0D%0Anext"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
	} {
		if got := ghData(tt.in); got != tt.data {
			t.Errorf("ghData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := ghProp(tt.in); got != tt.prop {
			t.Errorf("ghProp(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}
