package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"plan/check"
	"plan/indicators"
)

// rulesFormats lists the output formats of plan rules.
var rulesFormats = []string{"table", "json", "csv", "markdown", "toml"}

// writeRules writes the plan's rules in a format.
func writeRules(w io.Writer, p *indicators.Plan, format string) error {
	switch format {
	case "table":
		return writeRulesTable(w, p)
	case "json":
		return writeRulesJSON(w, p)
	case "csv":
		return writeRulesCSV(w, p)
	case "markdown":
		return writeRulesMarkdown(w, p)
	case "toml":
		return writeRulesTOML(w, p)
	}
	return usageErr("unknown format %q: use one of %s", format, strings.Join(rulesFormats, ", "))
}

// writeRulesJSON writes the plan's rules as JSON.
func writeRulesJSON(w io.Writer, p *indicators.Plan) error {
	return writeJSON(w, indicators.NewDocument(p))
}

// writeRulesTable writes the plan's rules as a text table, the category
// named once at the head of its rows.
func writeRulesTable(w io.Writer, p *indicators.Plan) error {
	fmt.Fprintf(w, "%s (%d)\n", p.Info.Title, p.Info.Year)
	header := []any{"ID", "Category", "Indicator", "Target", "Rule", "Polarity", "Nature"}
	attrs := hasAttributes(p)
	if attrs {
		header = append(header, "Attribute")
	}
	t := check.NewTable(w, header...)
	var cats check.CategoryOnce
	for _, ind := range p.Indicators {
		rule, pol := ruleCells(ind)
		row := []any{ind.ID, cats.Cell(ind.Category), indent(ind), ind.Target, rule, pol, string(ind.Nature)}
		if attrs {
			row = append(row, ind.Attribute)
		}
		if err := t.Append(row...); err != nil {
			return err
		}
	}
	return t.Render()
}

// hasAttributes reports whether the plan's table has a 属性 column.
func hasAttributes(p *indicators.Plan) bool {
	for _, ind := range p.Indicators {
		if ind.Attribute != "" {
			return true
		}
	}
	return false
}

// writeRulesCSV writes one row per indicator after a header row.
func writeRulesCSV(w io.Writer, p *indicators.Plan) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "key", "name", "name_en", "category", "parent", "target", "line", "kind", "rule", "polarity", "nature", "note", "attribute"})
	for _, ind := range p.Indicators {
		rule, pol := ruleCells(ind)
		kind, note := "", ""
		if ind.Rule != nil {
			kind, note = string(ind.Rule.Kind), ind.Rule.Note
		}
		cw.Write([]string{ind.ID, ind.Key, ind.Name, ind.NameEn, ind.Category, ind.Parent, ind.Target,
			strconv.Itoa(ind.Line), kind, rule, pol, string(ind.Nature), note, ind.Attribute})
	}
	cw.Flush()
	return cw.Error()
}

// writeRulesMarkdown writes the rules as a Markdown table.
func writeRulesMarkdown(w io.Writer, p *indicators.Plan) error {
	fmt.Fprintf(w, "### %s (%d)\n\n", p.Info.Title, p.Info.Year)
	fmt.Fprintln(w, "| ID | Category | Indicator | Target | Rule | Polarity | Nature |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- |")
	for _, ind := range p.Indicators {
		rule, pol := ruleCells(ind)
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s |\n", ind.ID, check.MarkdownCell(ind.Category), check.MarkdownCell(ind.Name), check.MarkdownCell(ind.Target), check.MarkdownCell(rule), pol, ind.Nature)
	}
	return nil
}

// ruleCells are the rule in symbols and the polarity, or "(group)".
func ruleCells(ind indicators.Indicator) (rule, polarity string) {
	if ind.Rule == nil {
		return "(group)", ""
	}
	return indicators.Symbol(*ind.Rule), string(ind.Rule.Polarity)
}

// indent sets a sub-row's name in by its depth.
func indent(ind indicators.Indicator) string {
	return strings.Repeat("  ", strings.Count(ind.ID, ".")) + ind.Name
}
