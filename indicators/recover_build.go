package indicators

import (
	"fmt"
	"strconv"
	"strings"

	"plan/input"
)

// builder turns the lines of a table into indicators: it numbers them,
// puts sub-rows under their rows and groups, gives each its target (its
// own, or one a merged cell proves it shares), and says what it did.
type builder struct {
	numbered bool // the table numbers its rows
	merges   bool // the table's form keeps merged cells: no merge was lost
	inds     []Indicator
	diags    []Diagnostic
	children map[string]int       // sub-rows given under each ID
	used     map[string]bool      // the IDs given
	targetOf map[input.Pos]string // the ID of the row each target cell was first read for
	category string
	last     int // the last row number given
}

// block is a row of the table with the sub-rows printed under it. Its
// lines point into the table's, so that a long table is held once.
type block struct {
	top  *line
	subs []*line
}

// build reads the lines of a table.
func build(lines []line, numbered, merges bool) ([]Indicator, []Diagnostic) {
	b := &builder{numbered: numbered, merges: merges, children: map[string]int{}, used: map[string]bool{}, targetOf: map[input.Pos]string{}}
	var prev *block
	for _, bl := range b.blocks(lines) {
		b.block(bl, prev)
		prev = &bl
	}
	return b.inds, b.diags
}

// blocks cuts the lines into blocks: a row and its sub-rows. In a table
// that numbers its rows, an unnumbered row is a sub-row of the numbered row
// above; in one that does not, a row marked as a sub-item (#, 其中:) is,
// and so is the row after a 其中: line. Categories and labels are taken as
// they come.
func (b *builder) blocks(lines []line) []block {
	var blocks []block
	nextIsSub := false
	for i := range lines {
		l := &lines[i]
		switch l.kind {
		case rowCategory:
			blocks = append(blocks, block{top: l})
			continue
		case rowLabel:
			nextIsSub = true
			continue
		case rowJunk:
			b.note(l.pos, fmt.Sprintf("cell %s is not part of a row: passed over", quoteShort(l.cell.raw)))
			continue
		}
		for _, d := range l.dropped {
			b.note(d.pos, fmt.Sprintf("cell %s in the row of %s fits none of its columns: passed over", quoteShort(d.raw), l.name))
		}
		sub := l.sub || b.numbered && l.number == 0 || nextIsSub
		nextIsSub = false // where rows are not numbered, a label heads the row after it only
		if sub && len(blocks) > 0 && blocks[len(blocks)-1].top.kind == rowData {
			if top := blocks[len(blocks)-1].top; l.group == top.name {
				l.group = "" // the row above is the group itself, numbered, not a group under it
			}
			blocks[len(blocks)-1].subs = append(blocks[len(blocks)-1].subs, l)
			continue
		}
		blocks = append(blocks, block{top: l})
	}
	return blocks
}

// block reads one row and its sub-rows; prev is the block before.
func (b *builder) block(bl block, prev *block) {
	if bl.top.kind == rowCategory {
		b.category = categoryName(bl.top.cell.raw)
		return
	}
	top := bl.top
	if top.category != "" {
		b.category = top.category
	}
	id := b.topID(top)
	subsTargeted := false
	for _, s := range bl.subs {
		subsTargeted = subsTargeted || s.hasTarget()
	}
	merged, isMerged := top.mergedTarget()
	switch {
	case top.hasTarget():
		b.row(id, "", top, top.targets, "")
	case isMerged && len(bl.subs) > 0 && !subsTargeted:
		b.group(id, "", top) // a target merged over the row and its sub-rows is theirs
	case isMerged:
		b.row(id, "", top, top.targets, b.mergedNote(merged))
	case subsTargeted:
		b.group(id, "", top)
	case len(bl.subs) > 0 && !b.merges && bl.blank():
		b.sharedTarget(id, bl, prev)
		return
	case len(bl.subs) > 0:
		b.group(id, "", top)
	default:
		b.row(id, "", top, nil, "")
	}
	b.subRows(id, bl.subs)
}

// topID gives a row its ID: the number it prints, or the next number.
func (b *builder) topID(l *line) string {
	n := l.number
	switch {
	case n == 0:
		n = b.last + 1
	case n <= b.last:
		b.guess(l.pos, fmt.Sprintf("row number %d comes after %d; numbered %d instead", n, b.last, b.last+1))
		n = b.last + 1
	}
	b.last = n
	return strconv.Itoa(n)
}

// subRows reads the sub-rows under the row id: each with its own target is
// a sub-row; one with none over sub-rows that have theirs opens a group;
// a second name column names the group outright.
func (b *builder) subRows(parent string, subs []*line) {
	group, groupName := "", ""
	for i, s := range subs {
		if s.category != "" {
			b.category = s.category
		}
		switch {
		case s.group != "" && s.group != groupName:
			group, groupName = b.childID(parent, nil), s.group
			b.add(Indicator{ID: group, Name: s.group, Parent: parent}, s.pos)
		case s.group == "" && groupName != "":
			group, groupName = "", ""
		}
		under := parent
		if group != "" {
			under = group
		}
		id := b.childID(under, s)
		switch merged, isMerged := s.mergedTarget(); {
		case s.hasTarget():
			b.row(id, under, s, s.targets, "")
		case isMerged:
			b.row(id, under, s, s.targets, b.mergedNote(merged))
		case s.group == "" && opensGroup(subs[i+1:]):
			b.group(id, parent, s)
			group = id
		default:
			b.row(id, under, s, nil, "")
		}
	}
}

// opensGroup reports whether the sub-rows after a sub-row with no target
// have targets of their own: then it names their group (交通、能源和水利投资
// over 交通投资, 能源投资, 水利投资).
func opensGroup(rest []*line) bool {
	return len(rest) > 0 && rest[0].hasTarget() && rest[0].group == ""
}

// childID gives a sub-row its ID: the number it prints (其中:一产增加值
// numbered 2 under row 1), or the next of its parent's.
func (b *builder) childID(parent string, l *line) string {
	if l != nil && l.number > b.last && !b.used[strconv.Itoa(l.number)] {
		b.last = l.number
		return strconv.Itoa(l.number)
	}
	b.children[parent]++
	return parent + "." + strconv.Itoa(b.children[parent])
}

// blank reports whether a block's row and sub-rows print nothing in their
// target cells: not even a placeholder (—), which says there is no target.
func (bl block) blank() bool {
	for _, l := range append([]*line{bl.top}, bl.subs...) {
		for _, t := range l.targets {
			if !t.cell.is(lookBlank) {
				return false
			}
		}
	}
	return true
}

// sharedTarget reads a row that has no target over sub-rows that have none
// either (主要污染物排放量降低 over 化学需氧量, 氨氮 …), in a form that loses
// merged cells: in the printed table the row above's target cell was
// merged down over them all, and copying the text lost the merge. The rows
// take that target, which is a guess the text cannot prove.
func (b *builder) sharedTarget(id string, bl block, prev *block) {
	b.group(id, "", bl.top)
	var shared []targetCell
	var first *typed // the cell the message names: the first the row above prints
	from := ""
	if prev != nil && prev.top.kind == rowData && prev.top.hasTarget() {
		shared = prev.top.targets
		for _, t := range shared {
			if first == nil && !t.cell.is(lookBlank|lookPlaceholder) {
				first = t.cell
			}
		}
		from = b.targetOf[first.pos]
	}
	if shared == nil {
		for _, s := range bl.subs {
			b.row(b.childID(id, s), id, s, nil, "")
		}
		return
	}
	b.guess(bl.top.pos, fmt.Sprintf("row %s (%s) and its sub-rows have no target: read as sharing row %s's (%s), a cell the printed table merged over them",
		id, bl.top.name, from, strings.TrimSpace(first.raw)))
	for _, s := range bl.subs {
		b.row(b.childID(id, s), id, s, shared, fmt.Sprintf("target read as row %s's, a cell the printed table is taken to merge over these rows (a guess)", from))
	}
}

// mergedNote says which row a merged target cell belongs to.
func (b *builder) mergedNote(t typed) string {
	if id, ok := b.targetOf[t.pos]; ok {
		return fmt.Sprintf("target cell merged with row %s in the printed table", id)
	}
	return "target cell merged over several rows in the printed table"
}

// group adds a row that names a group of sub-rows and has no target of its own.
func (b *builder) group(id, parent string, l *line) {
	b.add(Indicator{ID: id, Name: l.name, Parent: parent, Attribute: l.attr}, l.pos)
}

// add appends an indicator, in the current category, at a position.
func (b *builder) add(ind Indicator, pos input.Pos) {
	ind.Category = b.category
	ind.Line, ind.Column, ind.Sheet = pos.Line, pos.Col, pos.Sheet
	b.used[ind.ID] = true
	b.inds = append(b.inds, ind)
}

// note records a diagnostic the document proves.
func (b *builder) note(pos input.Pos, msg string) {
	b.diags = append(b.diags, Diagnostic{Line: pos.Line, Column: pos.Col, Sheet: pos.Sheet, Kind: Note, Message: msg})
}

// guess records a reading the document does not prove.
func (b *builder) guess(pos input.Pos, msg string) {
	b.diags = append(b.diags, Diagnostic{Line: pos.Line, Column: pos.Col, Sheet: pos.Sheet, Kind: Guess, Message: msg})
}
