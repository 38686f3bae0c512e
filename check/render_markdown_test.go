package check

import (
	"strings"
	"testing"
)

func TestRenderMarkdown(t *testing.T) {
	out := render(t, "markdown", RenderOptions{})
	for _, want := range []string{
		"### dir/a,\"b\"\\|c.toml — 2024年某市国民经济和社会发展计划主要目标, period 2024\n",
		"| ID | Indicator | Target | Actual | Status | Note |\n",
		"| 9 | 博物馆数量 | 57家 | 50 | ❌ fail | −7家 (−12.3% of target); needs ≥ 57家 |",
		"Missing (no figure): 2, 3, 5, 6, 7, 8\n",
		"### bad.toml\n\nNot checked: bad.toml:3: \"x\": 50% off, and: wrong<br>next\n",
		"**2 files (1 not checked): 10 indicators: 2 pass, 1 warn, 1 fail, 6 missing**\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown output lacks %q:\n%s", want, out)
		}
	}
}
