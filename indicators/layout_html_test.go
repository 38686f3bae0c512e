package indicators

import (
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"plan/input"
)

// pageGrids lays out a page held in a string.
func pageGrids(page string) ([]grid, error) {
	return htmlLayout{}.grids(&source{name: "p.html", data: []byte(page), kind: kindHTML, text: page})
}

func TestHTMLLayout(t *testing.T) {
	tests := []struct {
		name, page string
		grids      []string // each grid as show writes it
	}{
		{"spans in every column",
			`<table><tr><th rowspan=2>类别<th>序号<th colspan=2>指标名称<th>目标
			<tr><td rowspan=3>结构性指标<td colspan=2>制造业投资<td>20%
			<tr><td>经济<td rowspan=2>交通、能源<td>交通投资<td>8%
			<tr><td><td>能源投资<td>15%</table>`,
			[]string{"类别 | 序号 | 指标名称 | <指标名称 | 目标\n" +
				"^类别 | 结构性指标 | 制造业投资 | <制造业投资 | 20%\n" +
				"经济 | ^结构性指标 | 交通、能源 | 交通投资 | 8%\n" +
				" | ^结构性指标 | ^交通、能源 | 能源投资 | 15%\n"}},
		{"inline markup joined as printed",
			`<table><tr><td><p><span>指标</span><span>名称</span></p></td>
			<td><span>2023年</span><br/>目标</td><td>GDP<br>growth</td>
			<td>控制在合理区间<br>
			     (1.2%左右)</td><td>&nbsp;1&nbsp;</td><td>　6%</td><td><div>R&amp;D</div><div>经费</div></td></tr></table>`,
			[]string{"指标名称 | 2023年目标 | GDP growth | 控制在合理区间(1.2%左右) | 1 | 6% | R&D经费\n"}},
		{"nested table is its own grid",
			`<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table>后</td><td>右</td></tr></table>`,
			[]string{"外后 | 右\n", "内1 | 内2\n"}},
		{"cells and rows left open",
			`<table><tr><td>a<td>b<tr><td>c<td>d</table><table><td>e</td></table>`,
			[]string{"a | b\nc | d\n", "e\n"}},
		{"script, style and noscript ignored",
			`<style>td{}</style><table><tr><td>a<script>document.write("<td>x</td>")</script></td>
			<noscript><td>y</td></noscript><td>b</td></tr></table>`,
			[]string{"a | b\n"}},
		{"rowspan 0 runs to the end, rowspan past the end stops there",
			`<table><tr><td rowspan="0">a</td><td rowspan="9">b</td><td>c</td></tr><tr><td>d</td></tr></table>`,
			[]string{"a | b | c\n^a | ^b | d\n"}},
		{"spans as browsers read them",
			`<table><tr><td colspan="2px">a</td><td colspan="0">b</td><td rowspan="x">c</td></tr><tr><td>d</td></tr></table>`,
			[]string{"a | <a | b | c\nd |  |  | \n"}},
		{"short rows are squared with empty cells",
			`<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr><tr></tr></table>`,
			[]string{"a | b | c\nd |  | \n |  | \n"}},
		{"footnote marks dropped, powers of units kept",
			`<table><tr><td>研发投入强度<sup>1</sup></td><td>增长6%<sup>注2</sup></td><td>绿地<sup>*</sup></td><td>m<sup>2</sup></td><td>2.5<sup>①</sup></td></tr></table>`,
			[]string{"研发投入强度 | 增长6% | 绿地 | m2 | 2.5\n"}},
		{"a table without rows is no grid",
			`<table></table><table><tr><td>a</td></tr></table>`,
			[]string{"a\n"}},
		{"a page without tables has no grid", `<p>2023年目标</p>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs, err := pageGrids(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if len(gs) != len(tt.grids) {
				t.Fatalf("%d grids, want %d", len(gs), len(tt.grids))
			}
			for i, g := range gs {
				if got := show(g.rows); got != tt.grids[i] {
					t.Errorf("grid %d:\n%s\nwant\n%s", i+1, got, tt.grids[i])
				}
				if g.form != "html" {
					t.Errorf("grid %d: form %q", i+1, g.form)
				}
				checkCells(t, g)
			}
		})
	}
}

func TestHTMLAround(t *testing.T) {
	page := `<html><head><title>标题</title></head><body>
<h1><span>2023年绍兴市</span><span>国民经济</span>和社会发展计划</h1>
<p>第一段<br>第二段</p>
<table><caption>附表一</caption><tr><td>a</td></tr></table>
<div>中间</div>
<table><tr><td>布局<table><tr><td>b</td></tr></table>布局后</td></tr></table>
<p>绍兴市人民政府</p></body></html>`
	gs, err := pageGrids(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 3 {
		t.Fatalf("%d grids, want 3", len(gs))
	}
	tests := []struct{ before, after string }{
		{"标题\n2023年绍兴市国民经济和社会发展计划\n第一段\n第二段\n附表一\n", "中间\n绍兴市人民政府\n"},
		{"标题\n2023年绍兴市国民经济和社会发展计划\n第一段\n第二段\n附表一\n中间\n", "绍兴市人民政府\n"},
		// the nested table sees the text of the layout table that holds it
		{"标题\n2023年绍兴市国民经济和社会发展计划\n第一段\n第二段\n附表一\n中间\n布局\n", "布局后\n绍兴市人民政府\n"},
	}
	for i, tt := range tests {
		if got := showLines(gs[i].before); got != tt.before {
			t.Errorf("grid %d: before\n%s\nwant\n%s", i+1, got, tt.before)
		}
		if got := showLines(gs[i].after); got != tt.after {
			t.Errorf("grid %d: after\n%s\nwant\n%s", i+1, got, tt.after)
		}
	}
	if p := gs[0].before[1].pos; p.Line != 2 || p.Col != 11 {
		t.Errorf("the h1 line is at %v, want 2:11", p)
	}
}

// TestHTMLPositions checks that a page on one line still points at each
// cell, by rune column, past the first MiB.
func TestHTMLPositions(t *testing.T) {
	pad := strings.Repeat("<p>正文</p>", 1<<17) // 1.5 MiB on one line
	page := pad + `<table><tr><td>指标</td><td rowspan="2">目标</td></tr><tr><td>地区</td></tr></table>`
	gs, err := pageGrids(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 1 {
		t.Fatalf("%d grids, want 1", len(gs))
	}
	base := len([]rune(pad))
	want := [][]int{{base + 12, base + 23}, {base + 55, base + 23}}
	for r, row := range gs[0].rows {
		for c, x := range row {
			if x.pos.Line != 1 || x.pos.Col != want[r][c] {
				t.Errorf("%q at %d:%d, want 1:%d", x.raw, x.pos.Line, x.pos.Col, want[r][c])
			}
		}
	}
	if got := []rune(page)[want[1][0]-1 : want[1][0]+3]; string(got) != "<td>" {
		t.Errorf("the column of 地区 points at %q", string(got))
	}
	if len(gs[0].before) != 1<<17 || gs[0].before[1].pos.Col != 9+4 {
		t.Errorf("%d lines before, the second at %v", len(gs[0].before), gs[0].before[1].pos)
	}
}

func TestHTMLLimits(t *testing.T) {
	row := `<tr><td colspan="1000">x</td></tr>`
	page := "<table>" + strings.Repeat(row, 1100) + "</table>"
	start := time.Now()
	_, err := pageGrids(page)
	if err == nil || !strings.Contains(err.Error(), "past 1048576 cells") {
		t.Errorf("1100 rows of colspan 1000: error %v", err)
	}
	if e := input.Errors(err); len(e) != 1 || e[0].Pos.Line != 1 || e[0].Pos.Col != 1 || e[0].Hint == "" {
		t.Errorf("error %#v, want one at the table's tag with a hint", e)
	}
	// many tables share one budget
	page = strings.Repeat("<table>"+strings.Repeat(`<tr><td colspan="1000">x</td></tr>`, 100)+"</table>", 20)
	if _, err := pageGrids(page); err == nil {
		t.Error("20 tables of 100 000 places each: no error")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestHTMLSeed reads the default plan's table as a saved page: the grid is
// the one the .docx and .xlsx builders make, and the title and issuer are
// around it.
func TestHTMLSeed(t *testing.T) {
	data, err := os.ReadFile("../testdata/plans/shaoxing-2023.html")
	if err != nil {
		t.Fatal(err)
	}
	g := onlyGrid(t)(pageGrids(string(data)))
	if got, want := show(g.rows), show(seedGrid(t)); got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
	before, after := showLines(g.before), showLines(g.after)
	for _, w := range []string{"绍兴市人民政府关于下达2023年绍兴市国民经济和社会发展计划的通知\n", "2023年全市国民经济和社会发展计划主要目标\n"} {
		if !strings.Contains(before, w) {
			t.Errorf("before the table:\n%s\nwant a line %q", before, w)
		}
	}
	if after != "绍兴市人民政府\n2023年4月19日\n" {
		t.Errorf("after the table:\n%s", after)
	}
	if strings.Contains(before, "not a cell") {
		t.Error("the script's text is read")
	}
	// 37's target: a <br> and the source's line break inside the cell
	if c := g.rows[len(g.rows)-3][4]; c.raw != "控制在合理区间(1.2%左右)" || c.pos.Line != 63 {
		t.Errorf("row 37's target %q at %v", c.raw, c.pos)
	}
	// 21's target is 20's, merged down
	if c := g.rows[26][4]; !c.above || c.raw != "完成省下达目标" || c.pos != g.rows[25][4].pos {
		t.Errorf("row 21's target %+v", c)
	}
}

// TestHTMLSeedGBK reads the seed's page saved in GBK, as many government
// sites serve it: decoded by its <meta charset>, it lays out as in UTF-8.
func TestHTMLSeedGBK(t *testing.T) {
	data, err := os.ReadFile("../testdata/plans/shaoxing-2023.html")
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(string(data), `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, 1)
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := input.Decode([]byte(gbk), "")
	if err != nil {
		t.Fatal(err)
	}
	src := &source{name: "p.html", data: []byte(gbk), text: string(dec.Text), enc: dec}
	src.kind = sniff(src.data, src.text)
	gs, err := htmlLayout{}.grids(src)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := pageGrids(page)
	if len(gs) != 1 || show(gs[0].rows) != show(want[0].rows) || showLines(gs[0].after) != showLines(want[0].after) {
		t.Fatalf("the GBK page (read as %s) lays out otherwise than in UTF-8", dec.Encoding)
	}
	if gs[0].rows[1][0].pos != want[0].rows[1][0].pos {
		t.Errorf("positions differ: %v, %v", gs[0].rows[1][0].pos, want[0].rows[1][0].pos)
	}
}

// FuzzHTMLLayout checks that any page lays out without a panic, into grids
// that hold together, with every position inside the page.
func FuzzHTMLLayout(f *testing.F) {
	for _, name := range []string{"../testdata/plans/shaoxing-2023.html", "../testdata/plans/lishui-2020.html"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add(`<table><tr><td rowspan=0 colspan=3>a<table><td>b</table><tr><td>c</table><p>d<br>e`)
	f.Fuzz(func(t *testing.T, page string) {
		gs, err := pageGrids(page)
		if err != nil {
			return
		}
		lineLen := lineRunes(page)
		inside := func(p input.Pos) bool {
			return p.File == "p.html" && p.Line >= 1 && p.Line <= len(lineLen) && p.Col >= 1 && p.Col <= lineLen[p.Line-1]+1
		}
		for _, g := range gs {
			checkCells(t, g)
			for _, row := range g.rows {
				for _, c := range row {
					if !inside(c.pos) {
						t.Fatalf("cell %q at %v, outside the page", c.raw, c.pos)
					}
				}
			}
			for _, c := range append(append([]cell(nil), g.before...), g.after...) {
				if !inside(c.pos) || c.raw == "" {
					t.Fatalf("line %q at %v", c.raw, c.pos)
				}
			}
		}
	})
}

// lineRunes is the length in runes of each line of a text.
func lineRunes(text string) []int {
	var n []int
	for _, l := range strings.Split(text, "\n") {
		n = append(n, len([]rune(l)))
	}
	return n
}

// onlyGrid returns a check of a layout's result that holds one grid, whose
// cells hold together, and returns it: onlyGrid(t)(docxGrids(data)).
func onlyGrid(t *testing.T) func([]grid, error) grid {
	return func(gs []grid, err error) grid {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if len(gs) != 1 {
			t.Fatalf("%d grids, want 1", len(gs))
		}
		checkCells(t, gs[0])
		return gs[0]
	}
}
