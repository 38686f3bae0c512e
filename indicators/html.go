package indicators

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// isHTML reports whether a document is an HTML page with a table.
func isHTML(data []byte) bool {
	return bytes.Contains(bytes.ToLower(data[:min(len(data), 1<<20)]), []byte("<table"))
}

// htmlCell is a cell of an HTML table as written, before spans are laid out.
type htmlCell struct {
	text             strings.Builder
	line             int
	rowspan, colspan int
}

// htmlTable is an HTML table as written: rows of cells.
type htmlTable struct {
	line int
	rows [][]*htmlCell
}

// htmlTables reads the text lines of a page, for its title and signature,
// and its target tables with their row and column spans laid out.
func htmlTables(data []byte) ([]tcell, []table) {
	raw, text := scanHTML(data)
	var tables []table
	for _, ht := range raw {
		g, spans := ht.layout()
		if cols, ok := findColumns(g); ok {
			tables = append(tables, table{form: "html", line: g.line, year: cols.year, tgrid: g, cols: cols, spans: spans})
		}
	}
	return text, tables
}

// scanHTML walks the page's tokens: the tables, and the text outside them as
// lines for the title and signature. Line numbers count the page's lines.
func scanHTML(data []byte) ([]*htmlTable, []tcell) {
	z := html.NewTokenizer(bytes.NewReader(data))
	var (
		tables []*htmlTable
		stack  []*htmlTable
		cur    *htmlCell
		text   []tcell
		line   = 1
		skip   = 0 // inside <script> or <style>
	)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		at := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			switch tok.Data {
			case "script", "style":
				skip++
			case "table":
				t := &htmlTable{line: at}
				tables = append(tables, t)
				stack = append(stack, t)
			case "tr":
				if len(stack) > 0 {
					t := stack[len(stack)-1]
					t.rows = append(t.rows, nil)
				}
			case "td", "th":
				if len(stack) > 0 && len(stack[len(stack)-1].rows) > 0 {
					t := stack[len(stack)-1]
					cur = &htmlCell{line: at, rowspan: span(tok, "rowspan"), colspan: span(tok, "colspan")}
					t.rows[len(t.rows)-1] = append(t.rows[len(t.rows)-1], cur)
				}
			}
		case html.EndTagToken:
			switch tok.Data {
			case "script", "style":
				skip = max(0, skip-1)
			case "table":
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
				cur = nil
			case "td", "th":
				cur = nil
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			s := strings.TrimSpace(tok.Data)
			switch {
			case s == "":
			case cur != nil:
				cur.text.WriteString(s)
			case len(stack) == 0:
				text = append(text, tcell{raw: s, text: strings.ReplaceAll(Normalize(s), " ", ""), line: at})
			}
		}
	}
	return tables, text
}

// span reads a rowspan or colspan attribute: 1 when absent or bad.
func span(tok html.Token, name string) int {
	for _, a := range tok.Attr {
		if a.Key == name {
			if n, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil && n > 1 {
				return min(n, 1000)
			}
		}
	}
	return 1
}

// layout lays a table's cells out on a grid: a cell spanning rows or
// columns fills each place it covers. spans records, for each place a
// merged cell covers below its first row, the row it starts on.
func (t *htmlTable) layout() (tgrid, spanned) {
	g := tgrid{line: t.line}
	spans := spanned{}
	var filled [][]*tcell
	place := func(r, c int) **tcell {
		for len(filled) <= r {
			filled = append(filled, nil)
		}
		for len(filled[r]) <= c {
			filled[r] = append(filled[r], nil)
		}
		return &filled[r][c]
	}
	for r, row := range t.rows {
		c := 0
		for _, hc := range row {
			for *place(r, c) != nil {
				c++
			}
			raw := hc.text.String()
			v := &tcell{raw: raw, text: strings.ReplaceAll(Normalize(raw), " ", ""), line: hc.line}
			for dr := 0; dr < hc.rowspan && r+dr < len(t.rows); dr++ {
				for dc := 0; dc < hc.colspan; dc++ {
					*place(r+dr, c+dc) = v
					if dr > 0 {
						spans[[2]int{r + dr, c + dc}] = r
					}
				}
			}
			c += hc.colspan
		}
	}
	for _, row := range filled {
		var out []tcell
		for _, v := range row {
			if v == nil {
				out = append(out, tcell{})
				continue
			}
			out = append(out, *v)
		}
		g.rows = append(g.rows, out)
	}
	if len(g.rows) > 0 {
		pad(g.rows)
	}
	return g, spans
}
