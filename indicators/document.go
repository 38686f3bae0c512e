package indicators

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// cell is one non-blank line of a document: a table cell when the table was
// copied from a web page one cell a line.
type tcell struct {
	text string // normalized, with inner spaces removed
	raw  string // as printed, trimmed
	line int    // 1-based line number
}

// Options choose among the tables of a document.
type Options struct {
	Table int // which table to read, from 1; 0 takes the one with the latest target year
}

// TableInfo says which table of a document was read, and why.
type TableInfo struct {
	Index  int    `json:"index" toml:"index"` // from 1
	Count  int    `json:"count" toml:"count"` // tables found
	Line   int    `json:"line" toml:"line"`   // where its header starts
	Year   int    `json:"year" toml:"year"`   // the target year its header names, 0 if none
	Form   string `json:"form" toml:"form"`   // "cells" (one cell a line), "rows" (| between cells) or "html"
	Reason string `json:"reason" toml:"reason"`
}

// Read reads a plan document and its target table: text copied from a web
// page (one cell a line, or one row a line with | between cells), or the
// saved HTML page. name is used in error messages. It fails only when the
// document holds no target table; anything the reader cannot type is a
// diagnostic with its line and a qualitative rule.
func Read(name string, data []byte) (*Plan, error) { return ReadWith(name, data, Options{}) }

// ReadWith reads a plan document, choosing its table as opts says.
func ReadWith(name string, data []byte, opts Options) (*Plan, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text: save the plan as UTF-8 and try again", name)
	}
	var (
		cells  []tcell
		tables []table
	)
	if isHTML(data) {
		cells, tables = htmlTables(data)
	} else {
		cells = splitCells(data)
		tables = textTables(cells)
	}
	if len(tables) == 0 {
		return nil, fmt.Errorf("%s: no target table found: looked for a header row with 指标名称 and a target column such as 2023年目标", name)
	}
	t, ti, err := pick(tables, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &Plan{Info: info(cells, t.line, t.year), Table: ti}
	t.read(p)
	finish(p)
	return p, nil
}

// pick chooses the table to read: the one asked for, or the one with the
// latest target year (the last of those), and says why.
func pick(tables []table, opts Options) (table, TableInfo, error) {
	n := len(tables)
	if opts.Table > n || opts.Table < 0 {
		return table{}, TableInfo{}, fmt.Errorf("no table %d: the document has %d target table(s)", opts.Table, n)
	}
	i, reason := n-1, "the only target table"
	switch {
	case opts.Table > 0:
		i, reason = opts.Table-1, "chosen with --table"
	case n > 1:
		for k := range tables {
			if tables[k].year >= tables[i].year {
				i = k
			}
		}
		reason = fmt.Sprintf("the latest target year among %d tables; --table N picks another", n)
	}
	t := tables[i]
	return t, TableInfo{Index: i + 1, Count: n, Line: t.line, Year: t.year, Form: t.form, Reason: reason}, nil
}

// table is a target table found in a document, in one of the forms read.
type table struct {
	form string // "cells", "rows" or "html"
	line int    // where the header starts
	year int    // the target year the header names
	// one cell a line
	body []tcell
	// rows of cells
	tgrid tgrid
	cols  columns
	spans spanned
}

// read reads the table into p.
func (t table) read(p *Plan) {
	if t.form == "cells" && t.tgrid.rows == nil {
		readRows(p, t.body)
		return
	}
	readGrid(p, t.tgrid, t.cols, t.spans)
}

// textTables finds the target tables of a text: runs of lines with | between
// cells, and tables copied one cell a line.
func textTables(cells []tcell) []table {
	var tables []table
	inRows := map[int]bool{}
	for _, g := range pipeGrids(cells) {
		if cols, ok := findColumns(g); ok {
			tables = append(tables, table{form: "rows", line: g.line, year: cols.year, tgrid: g, cols: cols})
			for _, row := range g.rows {
				for _, c := range row {
					inRows[c.line] = true
				}
			}
		}
	}
	for start := 0; ; {
		h, ok := findHeader(cells, start)
		if !ok {
			break
		}
		start = h.end
		if inRows[cells[h.start].line] {
			continue
		}
		t := table{form: "cells", line: cells[h.start].line, year: h.year}
		if g, cols, ok := cellGrid(cells, h); ok {
			t.tgrid, t.cols = g, cols
		} else {
			t.body = tableBody(cells[h.end:])
		}
		tables = append(tables, t)
	}
	sortByLine(tables)
	return tables
}

// sortByLine orders tables as they stand in the document.
func sortByLine(tables []table) {
	for i := 1; i < len(tables); i++ {
		for j := i; j > 0 && tables[j].line < tables[j-1].line; j-- {
			tables[j], tables[j-1] = tables[j-1], tables[j]
		}
	}
}

// splitCells returns the non-blank lines of data, numbered from 1.
func splitCells(data []byte) []tcell {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var cells []tcell
	for i, line := range strings.Split(string(data), "\n") {
		raw := strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if raw == "" {
			continue
		}
		cells = append(cells, tcell{text: strings.ReplaceAll(Normalize(raw), " ", ""), raw: raw, line: i + 1})
	}
	return cells
}

// header is where the table's header row stands among the cells.
type header struct {
	start, end int // the header's cells are cells[start:end]
	year       int // the year of the target column, 0 if it names none
}

// findHeader finds a header of a table copied one cell a line, from cell
// start on: a name column (指标名称, 指标, 项目) followed within three cells by
// a target column.
func findHeader(cells []tcell, start int) (header, bool) {
	for i := start; i < len(cells); i++ {
		if t := cells[i].text; t != "指标名称" && t != "指标" && t != "项目" {
			continue
		}
		for j := i + 1; j < len(cells) && j <= i+3; j++ {
			m := targetHeader().FindStringSubmatch(cells[j].text)
			if m == nil {
				continue
			}
			first := i
			for first > 0 && i-first < 2 && isColumnName(cells[first-1].text) {
				first--
			}
			year, _ := strconv.Atoi(m[1] + m[3])
			return header{start: first, end: j + 1, year: year}, true
		}
	}
	return header{}, false
}

// isColumnName reports whether a cell heads a column before the names.
func isColumnName(s string) bool {
	switch s {
	case "指标类型", "类别", "领域", "分类", "序号", "类型":
		return true
	}
	return false
}

// planTitle matches the notice a plan is issued with.
var planTitle = lazyRegexp(`^(.+?)关于(?:下达|印发)(.+?计划)的通知`)

// info reads the plan's title, year and issuer from the document: the
// notice it is issued with, or the title above the table (at line) and the
// signature before it.
func info(cells []tcell, line, year int) Info {
	in := Info{Year: year}
	before := cells
	for i, c := range cells {
		if c.line >= line {
			before = cells[:i]
			break
		}
	}
	for _, c := range before {
		if m := planTitle().FindStringSubmatch(c.text); m != nil {
			in.Issuer, in.Title = m[1], m[2]
			break
		}
	}
	if in.Title == "" {
		in.Title = documentTitle(before)
	}
	if in.Title == "" {
		in.Title = annexTitle(before)
	}
	if in.Issuer == "" {
		in.Issuer = signature(before)
	}
	if in.Issuer == "" {
		in.Issuer = signature(cells[len(before):])
	}
	if in.Year == 0 {
		if m := yearIn().FindStringSubmatch(in.Title); m != nil {
			in.Year, _ = strconv.Atoi(m[1])
		}
	}
	return in
}

// yearIn matches a year in a title.
var yearIn = lazyRegexp(`(\d{4})年`)

// documentTitle is the first short line that names the plan itself.
func documentTitle(before []tcell) string {
	for _, c := range before {
		if utf8.RuneCountInString(c.text) <= 40 && strings.Contains(c.text, "国民经济和社会发展") && strings.HasSuffix(c.text, "计划") {
			return c.raw
		}
	}
	return ""
}

// annexTitle is the line just above a table that names it.
func annexTitle(before []tcell) string {
	for i := len(before) - 1; i >= 0 && i >= len(before)-3; i-- {
		if t := before[i].text; strings.Contains(t, "目标") || strings.Contains(t, "计划") {
			return before[i].raw
		}
	}
	return ""
}

// signature finds the issuing body among lines, the last one first.
func signature(cells []tcell) string {
	for i := len(cells) - 1; i >= 0; i-- {
		if isSignature(cells[i].text) {
			return cells[i].raw
		}
	}
	return ""
}

// isSignature reports whether a line is the name of an issuing body alone.
func isSignature(t string) bool {
	return utf8.RuneCountInString(t) <= 20 && hasSuffixAny(t, "人民政府", "委员会", "发展改革委", "统计局")
}

// dateLine matches a date on a line of its own, as under a signature.
var dateLine = lazyRegexp(`^\d{4}年\d{1,2}月\d{1,2}日$`)

// tableBody returns the cells of the table, up to the page footer.
func tableBody(cells []tcell) []tcell {
	for i, c := range cells {
		if hasPrefixAny(c.text, "信息来源", "来源:", "打印本页", "关闭窗口", "【", "扫一扫", "附件下载", "相关链接") ||
			isSignature(c.text) || dateLine().MatchString(c.text) {
			return cells[:i]
		}
		if i > 0 && c.line-cells[i-1].line > 6 {
			return cells[:i]
		}
	}
	return cells
}

func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}
