package indicators

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Recovery reads cells by what they look like, so that the same question
// (is this a name, a target, a unit?) gets the same answer in every form.
// A cell may look like several things at once (a bare 7 is a row number, a
// figure and an actual); alignment weighs them against the table's columns.

// look is a set of things a cell looks like.
type look uint16

const (
	lookBlank       look = 1 << iota // nothing printed
	lookPlaceholder                  // "-", 暂无数据: the cell says there is no figure
	lookRowNumber                    // 1, 12., (3): a row's number
	lookFigure                       // a figure the grammar reads: 7左右, 增长6.5%, 12000
	lookQualitative                  // a target with no figure: 稳步提高, 与经济增长同步
	lookUnit                         // a unit alone: %, 亿元, 万元/人
	lookAttribute                    // 预期性, 约束性
	lookCategory                     // 经济发展, 一、社会民生
	lookLabel                        // 结构性指标, 其中:: heads the rows below
	lookName                         // names something: 地区生产总值增长
	lookProse                        // a sentence: the page's text goes on after the table
)

// typed is a cell with what it looks like.
type typed struct {
	cell
	looks  look
	number int    // the row number, when it looks like one
	parts  []Part // the cell read as a target (ParseTarget), kept for the rule
	growth bool   // its figure is a growth or share (in %, or after 增长): fits a growth column
	level  bool   // its figure is a level (亿元, or a bare number over 100): fits a level column
	worded bool   // its wording makes it a target (左右, 以上, 力争, 同步), not a result
}

// is reports whether the cell looks like any of l.
func (t typed) is(l look) bool { return t.looks&l != 0 }

// maxRowNumber is the largest row number read: the longest target tables
// have about sixty rows, but an annex of many tables may number its rows
// through; a larger whole number is a figure.
const maxRowNumber = 99999

// maxProseRunes is the length from which a cell that ends like a sentence
// is the page's prose rather than a cell: table cells are names and
// targets of a few dozen characters at most.
const maxProseRunes = 40

// maxCellBytes is the longest cell read as anything but the page's prose:
// a name or a target is a few dozen characters, a long qualitative target
// a hundred or two; a cell of more than a thousand bytes is a paragraph,
// and typing it as a target would cost time for nothing.
const maxCellBytes = 1000

// typeCell finds what a cell looks like.
func typeCell(c cell) typed {
	t := typed{cell: c}
	s := c.text
	switch {
	case s == "" || pageFurniture().MatchString(s):
		t.looks = lookBlank
		return t
	case isOneOf(s, placeholderWords):
		t.looks = lookPlaceholder
		return t
	case isOneOf(s, attributeWords):
		t.looks = lookAttribute
		return t
	case len(s) > maxCellBytes:
		t.looks = lookProse
		return t
	}
	if n, ok := rowNumber(s); ok {
		t.looks |= lookRowNumber
		t.number = n
	}
	if u, ok := ParseUnit(s); ok && u.Base != "" || ok && u.Mult != 1 {
		t.looks |= lookUnit
		return t
	}
	if isCategoryName(s) {
		t.looks |= lookCategory
	}
	if isLabel(s) {
		t.looks |= lookLabel
	}
	t.typeTarget()
	if !t.is(lookLabel) && !hasPrefixAny(s, qualitativeLeads...) && !isVerbPhrase(s) && namedRunes(s) >= 2 {
		t.looks |= lookName
	}
	if isSentence(s) {
		t.looks |= lookProse
	}
	return t
}

// isSentence reports whether a cell is a sentence of the page's text: long,
// and ending as a sentence does.
func isSentence(s string) bool {
	return len(s) >= maxProseRunes && utf8.RuneCountInString(s) >= maxProseRunes && hasSuffixAny(s, "。", ";", "；")
}

// typeTarget reads the cell as a target: with a figure, or a wording the
// grammar types (同步, 下达) or that begins as targets do (稳步, 继续). A
// figure inside a name (每千人口拥有3岁以下婴幼儿托位数) does not make a
// target: a target's clause ends with its figure.
func (t *typed) typeTarget() {
	parts := ParseTarget(t.raw)
	endsWithFigure := figureEnds(t.text)
	for _, p := range parts {
		if p.Rule.Kind == Qualitative || (p.Rule.Value != nil || p.Rule.Low != nil) && !endsWithFigure {
			continue
		}
		t.looks |= lookFigure
		t.worded = t.worded || p.Rule.Kind != Target || p.Rule.Note != ""
		if p.Rule.Value == nil && p.Rule.Low == nil {
			continue // in step, external: a target with no figure of its own
		}
		u, _ := ParseUnit(p.Rule.Unit)
		v, _ := p.Rule.Num()
		switch {
		case u.Base == Percent || hasPrefixAny(p.Label, growthLabels...):
			t.growth = true
		case u.Base != "" || v > 100:
			t.level = true
		}
	}
	if t.is(lookFigure) {
		t.parts = parts // kept for the rule, where the cell is read as a target
	}
	if !t.is(lookFigure) && (hasPrefixAny(t.text, qualitativeLeads...) || isVerbPhrase(t.text) || namedRunes(t.text) == 0) {
		t.looks |= lookQualitative
	}
}

// figureEnds reports whether a clause of s ends with a figure: after its
// last figure come only a marker (以上, 左右), a closing bracket or a stop.
func figureEnds(s string) bool {
	for _, clause := range splitClauses(s) {
		figs := scanFigures(clause)
		if len(figs) == 0 {
			continue
		}
		rest := clause[figs[len(figs)-1].end:]
		for {
			trimmed := strings.TrimLeft(rest, ")）]】。.")
			if m, ok := suffixMarker(trimmed); ok {
				trimmed = trimmed[len(m.word):]
			}
			if trimmed == rest {
				break
			}
			rest = trimmed
		}
		if rest == "" {
			return true
		}
	}
	return false
}

// rowNumber reads a row's number: 12, 12., 12、, (12).
func rowNumber(s string) (int, bool) {
	s = strings.TrimRight(s, ".、．")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	if s == "" || len(s) > 5 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= maxRowNumber
}
