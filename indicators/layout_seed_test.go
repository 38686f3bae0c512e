package indicators

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// specCell is a cell of a table a test builds: its text, with "\n" between
// its lines, and the rows and columns it spans.
type specCell struct {
	text       string
	rows, cols int
}

// one, wide and down make a cell, a cell over two columns and a cell over
// n rows.
func one(s string) specCell         { return specCell{s, 1, 1} }
func wide(s string) specCell        { return specCell{s, 1, 2} }
func down(s string, n int) specCell { return specCell{s, n, 1} }

// specPlace is the cell covering a place of a built table, and the row and
// column it starts at.
type specPlace struct {
	cell     specCell
	row, col int
}

// placeSpec lays a table's cells out as HTML does, each in the first place
// its row leaves free, a span past the last row stopping there; nil places
// are empty.
func placeSpec(spec [][]specCell) [][]*specPlace {
	places := make([][]*specPlace, len(spec))
	width := 0
	for r, row := range spec {
		c := 0
		for _, sc := range row {
			for c < len(places[r]) && places[r][c] != nil {
				c++
			}
			p := &specPlace{cell: sc, row: r, col: c}
			for i := r; i < min(r+sc.rows, len(spec)); i++ {
				for len(places[i]) < c+sc.cols {
					places[i] = append(places[i], nil)
				}
				for j := c; j < c+sc.cols; j++ {
					places[i][j] = p
				}
			}
			c += sc.cols
			width = max(width, c)
		}
	}
	for r := range places {
		for len(places[r]) < width {
			places[r] = append(places[r], nil)
		}
	}
	return places
}

// specGrid is the grid a layout should give for a built table: the lines
// of a cell joined (the cells of these tests break lines only in Chinese).
func specGrid(spec [][]specCell) [][]cell {
	var rows [][]cell
	for r, places := range placeSpec(spec) {
		var row []cell
		for c, p := range places {
			x := cell{col: c}
			if p != nil {
				x.raw = strings.ReplaceAll(p.cell.text, "\n", "")
				x.above, x.left = r > p.row, c > p.col
			}
			row = append(row, x)
		}
		rows = append(rows, row)
	}
	return rows
}

// seedSpec is the target table of the default plan as the published page
// prints it: categories merged down; under row 9 a 结构性指标 label merged
// down in the 序号 column and the group 交通、能源和水利投资增速 merged down
// in the first of two name columns; row 20's target merged down over row
// 21 and its four pollutants; row 37's target on two lines.
func seedSpec() [][]specCell {
	rows := [][]specCell{{one("指标类型"), one("序号"), wide("指标名称"), one("2023年目标")}}
	plain := func(cat string, items ...[3]string) {
		for i, it := range items {
			row := []specCell{one(it[0]), wide(it[1]), one(it[2])}
			if i == 0 && cat != "" {
				row = append([]specCell{down(cat, len(items))}, row...)
			}
			rows = append(rows, row)
		}
	}
	rows = append(rows, []specCell{down("经济发展", 16), one("1"), wide("地区生产总值增速(GDP)"), one("6.5%以上")})
	plain("",
		[3]string{"2", "人均GDP增速", "5.5%"}, [3]string{"3", "全社会劳动生产率增速", "5.5%"},
		[3]string{"4", "农林牧渔业增加值增速", "3%"}, [3]string{"5", "规上工业增加值增速", "10%左右"},
		[3]string{"6", "规上工业亩均税收增速", "12%"}, [3]string{"7", "服务业增加值增速", "与经济增长基本同步"},
		[3]string{"8", "一般公共预算收入增速", "与经济增长基本同步"}, [3]string{"9", "固定资产投资增速", "10%以上"})
	rows = append(rows,
		[]specCell{down("结构性指标", 5), wide("制造业投资增速"), one("20%")},
		[]specCell{wide("高新技术产业投资增速"), one("18%")},
		[]specCell{down("交通、能源和水利投资增速", 3), one("交通投资"), one("8%")},
		[]specCell{one("能源投资"), one("15%")},
		[]specCell{one("水利投资"), one("17%")})
	plain("", [3]string{"10", "社会消费品零售总额增速", "6%"}, [3]string{"11", "金融机构存贷款余额增速", "10%"})
	plain("科技创新", [3]string{"12", "R&D经费支出占GDP比重", "3.1%左右"},
		[3]string{"13", "数字经济核心产业增加值占GDP比重", "7%"}, [3]string{"14", "高新技术产业增加值占规上工业增加值比重", "61.8%"})
	plain("对外开放", [3]string{"15", "外贸出口总额", "增长10%,占全国份额保持14.3‰左右"},
		[3]string{"16", "服务贸易进出口额", "完成省下达目标"}, [3]string{"17", "实际使用外资额", "10.6亿美元"})
	plain("文化发展", [3]string{"18", "博物馆数量", "57家"}, [3]string{"19", "城市书房数量", "119家"})
	rows = append(rows,
		[]specCell{down("生态环境", 10), one("20"), wide("单位GDP能耗降低"), down("完成省下达目标", 6)},
		[]specCell{one("21"), wide("主要污染物排放量降低")})
	for _, p := range []string{"化学需氧量", "氨氮", "挥发性有机物", "氮氧化物"} {
		rows = append(rows, []specCell{one(""), wide(p)})
	}
	plain("", [3]string{"22", "水环境质量", "128个考核断面中,Ⅰ~Ⅲ类水断面占比和功能区达标率均达100%"},
		[3]string{"23", "PM2.5年均浓度", "28微克/立方米以下"}, [3]string{"24", "空气质量优良天数比例", "90%以上"},
		[3]string{"25", "生活垃圾无害化处理率", "100%"})
	plain("市域治理", [3]string{"26", "依申请政务服务“一网通办”率", "90%以上"})
	plain("社会民生", [3]string{"27", "每千人口拥有3岁以下婴幼儿托位数", "4.0个"},
		[3]string{"28", "普通高等学校专任教师数量", "6900人"}, [3]string{"29", "新增城镇就业(首次来浙)人数", "9.5万人以上"},
		[3]string{"30", "新增大学生就业人数", "14万人以上"}, [3]string{"31", "城镇调查失业率", "5%左右"},
		[3]string{"32", "居民消费价格涨幅", "3%左右"}, [3]string{"33", "居民人均可支配收入增速", "与经济增长基本同步"},
		[3]string{"34", "城乡居民人均可支配收入比", "不高于1.68"}, [3]string{"35", "医院数量", "114家"},
		[3]string{"36", "基本养老保险参保人数", "376.78万人"})
	plain("安全保障", [3]string{"37", "不良贷款率", "控制在合理区间\n(1.2%左右)"},
		[3]string{"38", "亿元GDP生产事故死亡率", "低于0.007人/亿元"}, [3]string{"39", "粮食综合生产能力", "153万吨"})
	return rows
}

// seedGrid is the grid every layout should give for the seed's table.
func seedGrid(t *testing.T) [][]cell {
	t.Helper()
	return specGrid(seedSpec())
}

// TestSeedSpec checks the built table against the seed's text: its cells,
// read row by row, are the seed's lines from the table's header to its
// last row, before the page's footer.
func TestSeedSpec(t *testing.T) {
	f, err := os.Open("../seeds/shaoxing-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(s, "信息来源") {
			break
		}
		if s == "指标类型" || (len(want) > 0 && s != "") {
			want = append(want, s)
		}
	}
	var got []string
	for _, row := range seedSpec() {
		for _, c := range row {
			if c.text != "" {
				got = append(got, strings.Split(c.text, "\n")...)
			}
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the built table reads\n%s\nthe seed\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	places := placeSpec(seedSpec())
	if len(places) != 49 || len(places[0]) != 5 {
		t.Errorf("%d rows of %d places, want 49 of 5", len(places), len(places[0]))
	}
}
