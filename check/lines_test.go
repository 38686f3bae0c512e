package check

import "testing"

func TestIndexLines(t *testing.T) {
	text := `plan = "2023"
# a comment = not a key
[values]
gdp_growth = 7.8
"城镇调查失业率" = "4.6%"
"say \"hi\"" = 1
'literal' = 2
  "9.1"   =  3
[ tolerance.by_id ]  # per indicator
cpi = { about = "0.3pp" }
[[array]]
x = 1
bad line
"unclosed = 1
[values.new_urban_jobs]
value = "8万人"
[values."15.2"]
value = 14
`
	kl := indexLines(text)
	for _, tt := range []struct {
		table, key string
		line       int
	}{
		{"", "plan", 1},
		{"values", "gdp_growth", 4},
		{"values", "城镇调查失业率", 5},
		{"values", `say "hi"`, 6},
		{"values", "literal", 7},
		{"values", "9.1", 8},
		{"tolerance.by_id", "cpi", 10},
		{"tolerance.by_id", "x", 12},
		{"values", "unclosed", 0},
		{"values", "new_urban_jobs", 15},
		{"values", "15.2", 17},
		{"", "#", 0},
	} {
		if got := kl.line(tt.table, tt.key); got != tt.line {
			t.Errorf("line of [%s] %q = %d, want %d", tt.table, tt.key, got, tt.line)
		}
	}
}
