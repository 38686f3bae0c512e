package indicators

import (
	"fmt"
	"strconv"
	"strings"
)

// rowReader turns the cells of a table, one cell a line, into indicators.
type rowReader struct {
	p        *Plan
	category string
	merged   *tcell // the target cell of the last row that had one
	mergedID string // the ID of that row
}

// readRows reads the table body: categories, numbered rows, their sub-rows,
// group labels and group rows, in printed order.
func readRows(p *Plan, body []tcell) {
	r := &rowReader{p: p}
	blocks, lead := splitBlocks(body)
	if len(lead) > 0 {
		r.category = lead[len(lead)-1].raw
		for _, c := range lead[:len(lead)-1] {
			r.diag(c.line, fmt.Sprintf("cell %q before the first numbered row was skipped", c.raw))
		}
	}
	for i, b := range blocks {
		next := ""
		if n := len(b.cells); i+1 < len(blocks) && n >= 3 && !isTargetCell(b.cells[n-1]) && isTargetCell(b.cells[n-2]) {
			next = b.cells[n-1].raw
			b.cells = b.cells[:n-1]
		}
		r.block(b)
		if next != "" {
			r.category = next
		}
	}
}

// block is a numbered row with the cells that follow it up to the next one.
type block struct {
	id    string
	cells []tcell
}

// splitBlocks cuts the body at the row numbers 1, 2, 3 …; lead is what comes
// before the first (the first category).
func splitBlocks(body []tcell) (blocks []block, lead []tcell) {
	n := 0
	for _, c := range body {
		if c.text == strconv.Itoa(n+1) {
			n++
			blocks = append(blocks, block{id: c.text})
			continue
		}
		if n == 0 {
			lead = append(lead, c)
			continue
		}
		blocks[len(blocks)-1].cells = append(blocks[len(blocks)-1].cells, c)
	}
	return blocks, lead
}

// block reads one numbered row and its sub-rows.
func (r *rowReader) block(b block) {
	if len(b.cells) == 0 {
		return
	}
	name, rest := b.cells[0], b.cells[1:]
	target, rest, ok := takeTarget(rest)
	if !ok {
		if !anyTarget(rest) {
			r.mergedRows(b.id, name, rest)
			return
		}
		r.group(b.id, "", name)
	} else {
		r.row(b.id, "", name, target, "")
	}
	r.subRows(b.id, r.p.children(b.id), rest) // after the parts of a compound target
}

// subRows reads the cells under a numbered row: pairs of name and target
// are sub-rows, numbered after the k children parent has; a name with no target opens a group whose sub-rows follow;
// a label such as 结构性指标 only heads what follows.
func (r *rowReader) subRows(parent string, k int, cells []tcell) {
	group, j := "", 0
	for len(cells) > 0 {
		c := cells[0]
		target, rest, ok := takeTarget(cells[1:])
		switch {
		case ok && group != "":
			j++
			r.row(fmt.Sprintf("%s.%d", group, j), group, c, target, "")
		case ok:
			k++
			r.row(fmt.Sprintf("%s.%d", parent, k), parent, c, target, "")
		case isGroupLabel(c.text):
			group = ""
		default:
			k++
			group, j = fmt.Sprintf("%s.%d", parent, k), 0
			r.group(group, parent, c)
		}
		if ok {
			cells = rest
		} else {
			cells = cells[1:]
		}
	}
}

// mergedRows reads a row whose target cell the printed table merged with the
// row above (主要污染物排放量降低 and its four pollutants under 单位GDP能耗降低's
// 完成省下达目标): each row takes the merged target, with a note saying so.
func (r *rowReader) mergedRows(id string, name tcell, subs []tcell) {
	if r.merged == nil {
		r.diag(name.line, fmt.Sprintf("row %s (%s) has no target cell; read as qualitative", id, name.raw))
		r.row(id, "", name, tcell{text: "", line: name.line}, "")
		return
	}
	note := fmt.Sprintf("target cell merged with row %s in the printed table", r.mergedID)
	t := *r.merged
	if len(subs) == 0 {
		t.line = name.line
		r.row(id, "", name, t, note)
		return
	}
	r.group(id, "", name)
	for k, s := range subs {
		t.line = s.line
		r.row(fmt.Sprintf("%s.%d", id, k+1), id, s, t, note)
	}
}

// row adds an indicator for a name and its target cell.
func (r *rowReader) row(id, parent string, name, target tcell, note string) {
	parts := ParseTarget(target.raw)
	for i := range parts {
		parts[i].Rule.Note = joinNote(parts[i].Rule.Note, note)
	}
	if parent == "" && target.text != "" && note == "" {
		r.merged, r.mergedID = &target, id
	}
	r.emit(Indicator{ID: id, Name: name.raw, Parent: parent, Target: target.raw, Line: target.line}, target, parts)
}

// emit adds an indicator with the parts of its target: one part is its rule;
// a compound target makes it a group with one indicator per part.
func (r *rowReader) emit(ind Indicator, target tcell, parts []Part) {
	if len(parts) == 1 {
		rule := parts[0].Rule
		ind.Rule = &rule
		r.add(ind)
		r.checkTyped(target, parts[0])
		return
	}
	r.add(ind)
	for k, part := range parts {
		rule := part.Rule
		r.add(Indicator{
			ID: fmt.Sprintf("%s.%d", ind.ID, k+1), Name: partName(ind.Name, part.Label, k+1), Parent: ind.ID,
			Target: part.Text, Line: ind.Line, Attribute: ind.Attribute, Rule: &rule,
		})
		r.checkTyped(target, part)
	}
}

// group adds a group row: a name over sub-rows, with no rule of its own.
func (r *rowReader) group(id, parent string, name tcell) {
	r.add(Indicator{ID: id, Name: name.raw, Parent: parent, Line: name.line})
}

// add appends an indicator in the current category.
func (r *rowReader) add(ind Indicator) {
	ind.Category = r.category
	r.p.Indicators = append(r.p.Indicators, ind)
}

// checkTyped records a diagnostic for a target that has nothing to check.
func (r *rowReader) checkTyped(target tcell, p Part) {
	if p.Rule.Kind == Qualitative && target.raw != "" {
		r.diag(target.line, fmt.Sprintf("target %q has no figure to check; read as qualitative", p.Text))
	}
}

func (r *rowReader) diag(line int, msg string) {
	r.p.Diagnostics = append(r.p.Diagnostics, Diagnostic{Line: line, Kind: Note, Message: msg})
}

// takeTarget takes the target cell at the head of cells, joined with a
// bracketed line that continues it (控制在合理区间 / (1.2%左右)).
func takeTarget(cells []tcell) (target tcell, rest []tcell, ok bool) {
	if len(cells) >= 2 && !isTargetCell(cells[0]) && leadsTarget(cells[0].text) {
		joined := tcell{raw: cells[0].raw + cells[1].raw, text: cells[0].text + cells[1].text, line: cells[0].line}
		if isTargetCell(joined) {
			return joined, cells[2:], true // 与经济增长 / 基本同步
		}
	}
	if len(cells) == 0 || !isTargetCell(cells[0]) {
		return tcell{}, cells, false
	}
	target, rest = cells[0], cells[1:]
	if len(rest) > 0 && strings.HasPrefix(rest[0].text, "(") {
		target.raw += rest[0].raw
		target.text += rest[0].text
		rest = rest[1:]
	}
	return target, rest, true
}

// isTargetCell reports whether a cell reads as a target rather than a name.
func isTargetCell(c tcell) bool {
	if strings.HasPrefix(c.text, "(") {
		return true
	}
	for _, p := range ParseTarget(c.text) {
		if p.Rule.Kind != Qualitative {
			return true
		}
	}
	return hasAny(c.text, "合理区间", "稳中", "稳定", "改善", "持续", "提质", "平衡", "有效", "防控", "明显")
}

// anyTarget reports whether any of cells reads as a target.
func anyTarget(cells []tcell) bool {
	for _, c := range cells {
		if isTargetCell(c) {
			return true
		}
	}
	return false
}

// isGroupLabel reports whether a cell only heads the rows below it
// (结构性指标, 其中:) rather than being an indicator itself.
func isGroupLabel(s string) bool {
	return strings.HasSuffix(s, "指标") || strings.HasPrefix(s, "其中")
}

// partName names one part of a compound target: the part's own label when it
// names a thing (功能区达标率), else the row's name with it (外贸出口总额增长).
func partName(row, label string, k int) string {
	switch {
	case label == "":
		return fmt.Sprintf("%s (%d)", row, k)
	case hasPrefixAny(label, "增长", "增速", "下降", "降低", "减少", "占", "比", "年", "同比", "达到"):
		return row + label
	}
	return label
}

// leadsTarget reports whether a cell begins as a target does (与经济增长 …),
// so that a target broken over two lines can be read whole.
func leadsTarget(s string) bool {
	return hasPrefixAny(s, "与", "和", "同", "高于", "低于", "不", "控制", "保持", "达到", "力争", "确保", "完成", "比")
}
