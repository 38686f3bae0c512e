package indicators

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// cell is one non-blank line of a document: a table cell when the table was
// copied from a web page one cell a line.
type cell struct {
	text string // normalized, with inner spaces removed
	raw  string // as printed, trimmed
	line int    // 1-based line number
}

// Read reads a plan document: the text of a plan as copied from a web page,
// with its annex table (附件 … 主要目标) somewhere after the body text, one
// cell a line. name is used in error messages. It fails only when the
// document holds no target table; anything the reader cannot type is a
// diagnostic with its line and a qualitative rule.
func Read(name string, data []byte) (*Plan, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text: save the plan as UTF-8 and try again", name)
	}
	cells := splitCells(data)
	h, ok := findHeader(cells)
	if !ok {
		return nil, fmt.Errorf("%s: no target table found: looked for a header row with 指标名称 and a target column such as 2023年目标", name)
	}
	p := &Plan{Info: info(cells, h)}
	body := tableBody(cells[h.end:])
	readRows(p, body)
	finish(p)
	return p, nil
}

// splitCells returns the non-blank lines of data, numbered from 1.
func splitCells(data []byte) []cell {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var cells []cell
	for i, line := range strings.Split(string(data), "\n") {
		raw := strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if raw == "" {
			continue
		}
		cells = append(cells, cell{text: strings.ReplaceAll(Normalize(raw), " ", ""), raw: raw, line: i + 1})
	}
	return cells
}

// header is where the table's header row stands among the cells.
type header struct {
	start, end int // the header's cells are cells[start:end]
	year       int // the year of the target column, 0 if it names none
}

// targetColumn matches the header of the target column: 2023年目标, 预期目标.
var targetColumn = regexp.MustCompile(`^(?:(\d{4})年)?(?:全年)?(?:预期|计划|主要)?目标(?:值)?$`)

// findHeader finds the header row: a name column (指标名称, 指标, 项目)
// followed within three cells by a target column.
func findHeader(cells []cell) (header, bool) {
	for i, c := range cells {
		if c.text != "指标名称" && c.text != "指标" && c.text != "项目" {
			continue
		}
		for j := i + 1; j < len(cells) && j <= i+3; j++ {
			m := targetColumn.FindStringSubmatch(cells[j].text)
			if m == nil {
				continue
			}
			start := i
			for start > 0 && i-start < 2 && isColumnName(cells[start-1].text) {
				start--
			}
			year, _ := strconv.Atoi(m[1])
			return header{start: start, end: j + 1, year: year}, true
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
var planTitle = regexp.MustCompile(`^(.+?)关于(?:下达|印发)(.+?计划)的通知`)

// info reads the plan's title, year and issuer from the document.
func info(cells []cell, h header) Info {
	in := Info{Year: h.year}
	for _, c := range cells[:h.start] {
		if m := planTitle.FindStringSubmatch(c.text); m != nil {
			in.Issuer, in.Title = m[1], m[2]
			break
		}
	}
	if in.Title == "" {
		in.Title = annexTitle(cells, h)
	}
	if in.Issuer == "" {
		in.Issuer = signature(cells[:h.start])
	}
	if in.Year == 0 {
		if m := regexp.MustCompile(`(\d{4})年`).FindStringSubmatch(in.Title); m != nil {
			in.Year, _ = strconv.Atoi(m[1])
		}
	}
	return in
}

// annexTitle is the line above the header that names the table.
func annexTitle(cells []cell, h header) string {
	for i := h.start - 1; i >= 0 && i >= h.start-3; i-- {
		if strings.Contains(cells[i].text, "目标") || strings.Contains(cells[i].text, "计划") {
			return cells[i].raw
		}
	}
	return ""
}

// signature finds the issuing body among the lines before the table.
func signature(cells []cell) string {
	for i := len(cells) - 1; i >= 0; i-- {
		t := cells[i].text
		if utf8.RuneCountInString(t) <= 20 && hasSuffixAny(t, "人民政府", "委员会", "发展改革委") {
			return cells[i].raw
		}
	}
	return ""
}

// tableBody returns the cells of the table, up to the page footer.
func tableBody(cells []cell) []cell {
	for i, c := range cells {
		if hasPrefixAny(c.text, "信息来源", "来源:", "打印本页", "关闭窗口", "【", "扫一扫", "附件下载", "相关链接") {
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
