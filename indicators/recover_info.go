package indicators

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// planTitle matches the notice a plan is issued with.
var planTitle = lazyRegexp(`^(.+?)关于(?:下达|印发)(.+?计划)的通知`)

// yearIn matches a year in a title.
var yearIn = lazyRegexp(`(\d{4})年`)

// dateLine matches a date on a line of its own, as under a signature.
var dateLine = lazyRegexp(`^\d{4}年\d{1,2}月\d{1,2}日$`)

// maxTitleRunes is the longest line read as a plan's title: a title names
// the plan in a line (2023年绍兴市国民经济和社会发展计划 is 20 characters);
// a longer line with those words is the body's prose.
const maxTitleRunes = 40

// maxSignatureRunes is the longest line read as the name of the issuing
// body (绍兴市发展和改革委员会 is 11 characters).
const maxSignatureRunes = 20

// annexReach is how many lines above a table its own title may stand:
// 附件, then the table's title, then its header.
const annexReach = 3

// readInfo reads the plan's title, year and issuer from the text around
// its table: the notice it is issued with, or the title above the table
// and the signature before or after it.
func readInfo(before, after []cell, year int) Info {
	in := Info{Year: year}
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
		in.Issuer = signature(after)
	}
	if in.Year == 0 {
		if m := yearIn().FindStringSubmatch(in.Title); m != nil {
			in.Year, _ = strconv.Atoi(m[1])
		}
	}
	return in
}

// documentTitle is the first short line that names the plan itself.
func documentTitle(before []cell) string {
	for _, c := range before {
		if utf8.RuneCountInString(c.text) <= maxTitleRunes && strings.Contains(c.text, "国民经济和社会发展") && strings.HasSuffix(c.text, "计划") {
			return titleText(c.raw)
		}
	}
	return ""
}

// annexTitle is the line just above a table that names it: one that says
// 目标 or 计划, or failing that 指标, and is not a sentence.
func annexTitle(before []cell) string {
	for _, words := range [][]string{{"目标", "计划"}, {"指标"}} {
		for i := len(before) - 1; i >= 0 && i >= len(before)-annexReach; i-- {
			t := before[i].text
			if hasAny(t, words...) && !hasAny(t, ",", "，", "。") && utf8.RuneCountInString(t) <= maxTitleRunes*2 {
				return titleText(before[i].raw)
			}
		}
	}
	return ""
}

// titleText is a title line without the marks of a Markdown heading or
// bold text (# 2021年…计划, **附件**) that a copy into Markdown adds.
func titleText(raw string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(strings.TrimLeft(raw, "#")), "*"))
}

// signature finds the issuing body among lines, the last one first.
func signature(cells []cell) string {
	for i := len(cells) - 1; i >= 0; i-- {
		if isSignature(cells[i].text) {
			return cells[i].raw
		}
	}
	return ""
}

// isSignature reports whether a line is the name of an issuing body alone.
func isSignature(t string) bool {
	return utf8.RuneCountInString(t) <= maxSignatureRunes && hasSuffixAny(t, signatureSuffixes...)
}
