package indicators

import (
	"fmt"
	"strings"
	"testing"
)

// bigPlan writes a plan of n numbered rows, one cell a line, each with two
// un-numbered sub-rows: the shape that took quadratic time when each row
// counted its parent's sub-rows afresh.
func bigPlan(n int) []byte {
	var b strings.Builder
	b.WriteString("附件\n2024年主要目标\n序号\n指标名称\n2024年目标\n")
	for i := 1; i <= n; i++ {
		name := hanNumber(i)
		fmt.Fprintf(&b, "%d\n%s产业增加值增长\n%d%%以上\n其中:%s制造业投资\n%d%%\n%s服务业投资\n%d%%左右\n", i, name, i%9+1, name, i%7+1, name, i%5+1)
	}
	return []byte(b.String())
}

// hanNumber writes n in Chinese digits, to name rows apart without figures.
func hanNumber(n int) string {
	digits := []rune("零一二三四五六七八九")
	var out []rune
	for _, d := range fmt.Sprint(n) {
		out = append(out, digits[d-'0'])
	}
	return string(out)
}

// BenchmarkReadRows reads plans of about 1,000, 10,000 and 100,000 rows
// (a third of them numbered, each over two sub-rows): the time per row
// stays the same as the plan grows.
func BenchmarkReadRows(b *testing.B) {
	for _, rows := range []int{1000, 10000, 100000} {
		n := rows / 3
		data := bigPlan(n)
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				p, err := Read("big.txt", data)
				if err != nil {
					b.Fatal(err)
				}
				if len(p.Indicators) != 3*n {
					b.Fatalf("read %d indicators, want %d", len(p.Indicators), 3*n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(3*n), "ns/row")
		})
	}
}

// hostileDocuments are documents that once took time in the square (or
// the power) of their length: header words by the thousand, years split by
// parts that left millions of readings, and target cells of a megabyte.
func hostileDocuments() map[string]string {
	years := func(n int, sep string) string {
		var b []string
		for i := range n {
			b = append(b, fmt.Sprintf("%d年", 1950+i%150))
		}
		return strings.Join(b, sep)
	}
	parts := strings.Repeat("绝对值 | 增速 | ", 20)
	cell := "指标名称\n2024年目标\n地区生产总值增长\n" // a cell of the one row follows
	return map[string]string{
		"years-in-a-flow":       "指标名称\n" + years(5000, "\n") + "\n地区生产总值\n5%\n",
		"years-over-parts":      "指标名称 | " + years(40, " | ") + "\n" + parts + "\n地区生产总值 | 5%\n",
		"years-over-parts-flow": "指标名称\n" + years(40, "\n") + "\n" + strings.ReplaceAll(parts, " | ", "\n") + "地区生产总值\n5%\n",
		"pieces-in-a-flow":      strings.Repeat("指标\n类型\n", 3000) + "2024年目标\n地区生产总值\n5%\n",
		"pieces-in-a-row":       strings.Repeat("指标 | 类型 | ", 3000) + "2024年目标\n地区生产总值 | 5%\n",
		"clauses-in-a-cell":     cell + strings.Repeat("1、", 300000) + "\n",
		"ratios-in-a-cell":      cell + strings.Repeat("1:1", 300000) + "\n",
		"stretches-in-a-cell":   cell + strings.Repeat("5%(力争6%)", 100000) + "\n",
		"figures-in-a-clause":   cell + strings.Repeat("5%以上", 200000) + "\n",
		"targets-by-the-line":   cell + strings.Repeat("5%以上,力争6%,增长1,000\n", 50000),
		"tabs-in-a-row":         "指标名称\t2024年目标\n地区生产总值\t5%\n" + strings.Repeat("\t", 1<<20) + "\n",
		"quotes-left-open":      "指标名称\t2024年目标\n" + strings.Repeat("\"地区生产总值\t5%\n", 50000),
		"continued-rows":        "序号 | 指标名称 | 2024年目标\n1 | 地区生产总值 | 5%\n" + strings.Repeat("| | | 以上 |\n", 100000),
	}
}

// BenchmarkHostileDocuments reads each of hostileDocuments: a megabyte of
// any of them is read in well under a second.
func BenchmarkHostileDocuments(b *testing.B) {
	for name, doc := range hostileDocuments() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				Read(name+".txt", []byte(doc))
			}
		})
	}
}
