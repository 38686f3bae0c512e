package indicators

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// grid is a table read as rows of cells: from lines with | between cells, or
// from an HTML table with its row and column spans laid out.
type tgrid struct {
	line int       // the line the table starts on
	rows [][]tcell // every row as long as the widest
}

// spanned marks the places of a grid that a merged cell above fills
// (rowspan): by row and column, the row the merged cell starts on.
type spanned map[[2]int]int

// columns are the roles of a grid's columns, -1 where the table has none.
type columns struct {
	category, number, name, unit, attr, target int
	targetUnit                                 string // a unit named in the target column's header: 增速(%)
	year                                       int    // the target year the header names
	headerRows                                 int    // how many rows the header takes
}

// targetHeader matches a column header that names the target: 2024年目标,
// 预期目标, 计划目标, 目标, 增速(%). Columns of actuals (实绩, 完成) never match.
var targetHeader = lazyRegexp(`^(?:(\d{4})年)?(?:全年)?(?:预期|计划|主要|发展)?目标(?:值)?(?:\(([^)]*)\))?$|^(?:(\d{4})年)?(?:增速|增长)(?:\(([^)]*)\))?$`)

// findColumns finds the header at the top of a grid: a row, or two rows read
// together, with a name column and a target column.
func findColumns(g tgrid) (columns, bool) {
	for i := 0; i < len(g.rows) && i < 4; i++ {
		c, ok := headerColumns(texts(g.rows[i]))
		if !ok {
			continue
		}
		c.headerRows = i + 1
		if i > 0 && c.year == 0 {
			// a year over the target column in the row above: 2020年 / 目标
			if j, ok := headerColumns(joinRows(texts(g.rows[i-1]), texts(g.rows[i]))); ok && j.target == c.target {
				c.year = j.year
			}
		}
		return c, true
	}
	for i := 0; i+1 < len(g.rows) && i < 4; i++ {
		if c, ok := headerColumns(joinRows(texts(g.rows[i]), texts(g.rows[i+1]))); ok {
			c.headerRows = i + 2
			return c, true
		}
	}
	return columns{}, false
}

// texts returns the normalized texts of a row's cells.
func texts(row []tcell) []string {
	out := make([]string, len(row))
	for i, c := range row {
		out[i] = c.text
	}
	return out
}

// joinRows joins a header printed over two rows column by column, a cell
// spanning both counted once (2024年 over 目标 is 2024年目标).
func joinRows(a, b []string) []string {
	out := make([]string, max(len(a), len(b)))
	for i := range out {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x == y {
			y = ""
		}
		out[i] = x + y
	}
	return out
}

// headerColumns gives the columns of a header row their roles.
func headerColumns(h []string) (columns, bool) {
	c := columns{category: -1, number: -1, name: -1, unit: -1, attr: -1, target: -1}
	for i, t := range h {
		switch {
		case t == "指标类型" || t == "类别" || t == "领域" || t == "分类" || t == "类型":
			c.category = i
		case t == "序号" || t == "编号":
			c.number = i
		case c.name < 0 && (t == "指标" || t == "指标名称" || t == "项目" || t == "主要指标" || t == "指标名称及单位" || t == "名称"):
			c.name = i
		case strings.HasSuffix(t, "单位"):
			c.unit = i
		case strings.HasSuffix(t, "属性"):
			c.attr = i
		case c.target < 0:
			if m := targetHeader().FindStringSubmatch(t); m != nil {
				c.target = i
				c.year, _ = strconv.Atoi(m[1] + m[3])
				c.targetUnit = m[2] + m[4]
			}
		}
	}
	return c, c.name >= 0 && c.target >= 0
}

// gridReader turns the rows of a grid into indicators.
type gridReader struct {
	p        *Plan
	cols     columns
	spans    spanned
	category string
	number   int    // the last row number used
	parent   string // the ID of the last numbered row
	sub      int    // sub-rows given under it
	inSub    bool   // a 其中 row opened sub-items
	lastRow  *Indicator
	lastCell tcell // the last target cell read
	lastID   string
}

// readGrid reads a grid's data rows.
func readGrid(p *Plan, g tgrid, cols columns, spans spanned) {
	r := &gridReader{p: p, cols: cols, spans: spans}
	rows := g.rows[cols.headerRows:]
	for i, row := range rows {
		var next []tcell
		if i+1 < len(rows) {
			next = rows[i+1]
		}
		r.row(i+cols.headerRows, row, next)
	}
}

// get returns the cell of a row in a column, or an empty cell.
func get(row []tcell, col int) tcell {
	if col < 0 || col >= len(row) {
		return tcell{}
	}
	return row[col]
}

// row reads one data row.
func (r *gridReader) row(index int, row, next []tcell) {
	if cat := get(row, r.cols.category); cat.text != "" {
		r.category = cat.raw
	}
	name, target := get(row, r.cols.name), get(row, r.cols.target)
	if name.text == "" {
		if only := soleCell(row); only.text != "" && r.cols.category < 0 {
			r.category = only.raw // a category printed as a row of its own
		}
		return
	}
	if strings.TrimRight(name.text, ":") == "其中" && target.text == "" {
		r.inSub = true
		return
	}
	if r.cols.category < 0 && target.text == "" && soleCell(row).text == name.text && isCategoryName(name.text) {
		r.category = name.raw // 经济发展 on a row of its own in a table with no category column
		return
	}
	id, parent, label := r.identify(row, name)
	label = withoutUnit(label)
	ind := Indicator{ID: id, Name: label, Parent: parent, Category: r.category, Attribute: get(row, r.cols.attr).raw}
	switch {
	case target.text != "":
		note := ""
		if from, ok := r.spans[[2]int{index, r.cols.target}]; ok && from != index {
			note = fmt.Sprintf("target cell merged over several rows in the printed table (from line %d)", target.line)
		}
		r.addRow(ind, target, r.unitOf(row, name), note)
	case parent == "" && isSubItem(next, r.cols):
		ind.Line = name.line
		r.add(ind)
	case r.lastCell.text != "":
		r.addRow(ind, tcell{raw: r.lastCell.raw, text: r.lastCell.text, line: name.line}, r.unitOf(row, name),
			fmt.Sprintf("target cell merged with row %s in the printed table", r.lastID))
	default:
		r.diag(name.line, fmt.Sprintf("row %s (%s) has no target cell; read as qualitative", id, name.raw))
		r.addRow(ind, tcell{line: name.line}, "", "")
	}
}

// identify gives a row its ID: the printed number, the next number when the
// table has none, or N.k under the last numbered row for a sub-item (#, 其中:).
func (r *gridReader) identify(row []tcell, name tcell) (id, parent, label string) {
	label, sub := subItemName(name.raw)
	num := get(row, r.cols.number).text
	if n, err := strconv.Atoi(strings.TrimSuffix(num, ".")); err == nil && !sub {
		if n <= r.number {
			r.diag(name.line, fmt.Sprintf("row number %d comes after %d; numbered %d instead", n, r.number, r.number+1))
			n = r.number + 1
		}
		r.number, r.parent, r.sub, r.inSub = n, strconv.Itoa(n), 0, false
		return r.parent, "", label
	}
	if (sub || r.inSub || (num == "" && r.cols.number >= 0)) && r.parent != "" {
		r.sub = r.p.children(r.parent) + 1 // after the parts of a compound target
		if r.cols.number < 0 {
			r.inSub = false // with no numbers, 其中 heads only the row after it
		}
		return fmt.Sprintf("%s.%d", r.parent, r.sub), r.parent, label
	}
	r.number++
	r.parent, r.sub, r.inSub = strconv.Itoa(r.number), 0, false
	return r.parent, "", label
}

// subItemName strips the marks of a sub-item: #, 其中:, a leading dash.
func subItemName(raw string) (string, bool) {
	s := strings.TrimSpace(raw)
	for _, mark := range []string{"#", "＃", "其中:", "其中：", "其中", "—", "-"} {
		if rest, ok := strings.CutPrefix(s, mark); ok && rest != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return s, false
}

// isSubItem reports whether a row is marked as a sub-item.
func isSubItem(row []tcell, cols columns) bool {
	name := get(row, cols.name)
	if name.text == "" {
		return false
	}
	_, sub := subItemName(name.raw)
	return sub || (cols.number >= 0 && get(row, cols.number).text == "")
}

// unitOf is the unit a row's figures are in when its target cell prints
// none: the 单位 column, a unit in brackets after the name, or the target
// column's header.
func (r *gridReader) unitOf(row []tcell, name tcell) string {
	if u := get(row, r.cols.unit).text; u != "" {
		if _, ok := ParseUnit(u); ok {
			return u
		}
	}
	if i := strings.LastIndex(name.text, "("); i >= 0 && strings.HasSuffix(name.text, ")") {
		if u := name.text[i+1 : len(name.text)-1]; u != "" {
			if _, ok := ParseUnit(u); ok {
				return u
			}
		}
	}
	return r.cols.targetUnit
}

// addRow adds an indicator with its target; a compound target becomes a
// group with one part each. unit is the row's unit for figures that print none.
func (r *gridReader) addRow(ind Indicator, target tcell, unit, note string) {
	parts := ParseTarget(target.raw)
	for i := range parts {
		pr := &parts[i].Rule
		if pr.Unit == "" && unit != "" && (pr.Value != nil || pr.Low != nil) {
			pr.Unit = unit
		}
		pr.Note = joinNote(pr.Note, note)
	}
	ind.Target, ind.Line = target.raw, target.line
	if note == "" || !strings.Contains(note, "merged with row") {
		r.lastCell, r.lastID = target, ind.ID
	}
	rr := &rowReader{p: r.p, category: r.category}
	rr.emit(ind, target, parts)
}

// add appends an indicator as it is.
func (r *gridReader) add(ind Indicator) { r.p.Indicators = append(r.p.Indicators, ind) }

func (r *gridReader) diag(line int, msg string) {
	r.p.Diagnostics = append(r.p.Diagnostics, Diagnostic{Line: line, Kind: Note, Message: msg})
}

// soleCell returns the only non-empty cell of a row, or an empty cell.
func soleCell(row []tcell) tcell {
	var only tcell
	for _, c := range row {
		if c.text == "" {
			continue
		}
		if only.text != "" {
			return tcell{}
		}
		only = c
	}
	return only
}

// withoutUnit takes a unit in brackets off a name: 城镇新增就业(万人).
func withoutUnit(name string) string {
	i := strings.LastIndexAny(name, "(（")
	if i <= 0 || !strings.HasSuffix(name, ")") && !strings.HasSuffix(name, "）") {
		return name
	}
	inner := strings.TrimRight(name[i:], ")）")
	inner = strings.TrimLeft(inner, "(（")
	if _, ok := ParseUnit(inner); !ok || inner == "" {
		return name
	}
	return strings.TrimSpace(name[:i])
}

// isCategoryName reports whether a name reads as a category of indicators
// (经济发展, 社会民生, 资源环境) rather than an indicator.
func isCategoryName(s string) bool {
	return utf8.RuneCountInString(s) <= 8 && hasSuffixAny(s, "发展", "创新", "开放", "民生", "环境", "保障", "治理",
		"福祉", "低碳", "生态", "绿色", "改革", "安全", "文化", "结构", "效益", "活力", "生活", "类", "类指标")
}
