package indicators

import (
	"archive/zip"
	"bytes"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"plan/input"
)

// buildDocx writes a .docx whose body is the given WordprocessingML.
func buildDocx(t testing.TB, body string) []byte {
	t.Helper()
	return zipParts(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
			body + `<w:sectPr/></w:body></w:document>`,
	})
}

// zipParts writes a zip archive of the given parts, in the order of their
// names.
func zipParts(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range slices.Sorted(maps.Keys(parts)) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wPara is a paragraph of one run.
func wPara(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + xmlText(text) + `</w:t></w:r></w:p>`
}

// xmlText escapes text for XML.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wTable writes a table as Word does: a cell spanning columns has
// w:gridSpan, a cell spanning rows w:vMerge="restart" in its first row and
// a w:vMerge cell in each row below; a cell's lines are paragraphs.
func wTable(spec [][]specCell) string {
	places := placeSpec(spec)
	var b strings.Builder
	b.WriteString("<w:tbl><w:tblPr/><w:tblGrid>")
	for range places[0] {
		b.WriteString(`<w:gridCol w:w="1200"/>`)
	}
	b.WriteString("</w:tblGrid>")
	for r, row := range places {
		b.WriteString("<w:tr>")
		for c := 0; c < len(row); {
			p := row[c]
			if p == nil {
				b.WriteString("<w:tc><w:p/></w:tc>")
				c++
				continue
			}
			b.WriteString("<w:tc><w:tcPr>")
			if p.cell.cols > 1 {
				fmt.Fprintf(&b, `<w:gridSpan w:val="%d"/>`, p.cell.cols)
			}
			switch {
			case p.cell.rows > 1 && p.row == r:
				b.WriteString(`<w:vMerge w:val="restart"/>`)
			case p.row < r:
				b.WriteString(`<w:vMerge/>`)
			}
			b.WriteString("</w:tcPr>")
			if p.row < r || p.cell.text == "" {
				b.WriteString("<w:p/>")
			} else {
				for _, line := range strings.Split(p.cell.text, "\n") {
					b.WriteString(wPara(line))
				}
			}
			b.WriteString("</w:tc>")
			c += p.cell.cols
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	return b.String()
}

// docxGrids lays out a .docx.
func docxGrids(data []byte) ([]grid, error) {
	return docxLayout{}.grids(&source{name: "p.docx", data: data, kind: sniff(data, "")})
}

// seedDocx is the default plan's notice and table as a .docx: the title,
// the annex title, the table, and the issuer and date below it.
func seedDocx(t testing.TB) []byte {
	t.Helper()
	return buildDocx(t, wPara("绍兴市人民政府关于下达2023年绍兴市国民经济和社会发展计划的通知")+
		wPara("附件")+wPara("2023年全市国民经济和社会发展计划主要目标")+
		wTable(seedSpec())+wPara("绍兴市人民政府")+wPara("2023年4月19日"))
}

// TestDocxSeed reads the default plan's table built as a .docx: the grid,
// the positions of cells and merged cells, and the paragraphs around it.
func TestDocxSeed(t *testing.T) {
	data := seedDocx(t)
	if k := sniff(data, ""); k != kindDocx {
		t.Fatalf("sniffed as %v", k)
	}
	g := onlyGrid(t)(docxGrids(data))
	if got, want := show(g.rows), show(seedGrid(t)); got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
	pos := func(r, c int) input.Pos { return input.Pos{File: "p.docx", Sheet: "table 1", Line: r, Col: c} }
	for _, tt := range []struct {
		r, c int // from 1
		want input.Pos
	}{
		{1, 3, pos(1, 3)},   // 指标名称
		{1, 4, pos(1, 3)},   // its second column
		{3, 1, pos(2, 1)},   // 经济发展 merged down
		{12, 2, pos(11, 2)}, // 结构性指标 merged down in the 序号 column
		{27, 5, pos(26, 5)}, // 21's target is 20's
		{28, 2, pos(28, 2)}, // 化学需氧量 has no number
	} {
		if got := g.rows[tt.r-1][tt.c-1].pos; got != tt.want {
			t.Errorf("row %d col %d at %v, want %v", tt.r, tt.c, got, tt.want)
		}
	}
	if got := showLines(g.before); got != "绍兴市人民政府关于下达2023年绍兴市国民经济和社会发展计划的通知\n附件\n2023年全市国民经济和社会发展计划主要目标\n" {
		t.Errorf("before:\n%s", got)
	}
	if got := showLines(g.after); got != "绍兴市人民政府\n2023年4月19日\n" {
		t.Errorf("after:\n%s", got)
	}
	if p := g.before[2].pos.String(); p != "p.docx:paragraph 3" {
		t.Errorf("the annex title at %s", p)
	}
	if p := g.after[0].pos.String(); !strings.HasPrefix(p, "p.docx:paragraph ") || p == "p.docx:paragraph 3" {
		t.Errorf("the issuer at %s", p)
	}
}

func TestDocxLayout(t *testing.T) {
	tc := func(props, content string) string {
		return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + content + "</w:tc>"
	}
	tests := []struct {
		name, body string
		grids      []string
	}{
		{"runs, tabs, breaks and paragraphs joined as printed",
			"<w:tbl><w:tr>" +
				tc("", `<w:p><w:r><w:t>地区</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>生产总值</w:t></w:r></w:p>`) +
				tc("", `<w:p><w:r><w:t>控制在合理区间</w:t><w:br/><w:t>(1.2%左右)</w:t></w:r></w:p>`) +
				tc("", `<w:p><w:r><w:t>1</w:t><w:tab/><w:t>GDP</w:t></w:r></w:p><w:p><w:r><w:t>growth</w:t></w:r></w:p>`) +
				tc("", `<w:p><w:r><w:t xml:space="preserve">  6.5%  </w:t></w:r><w:r><w:t>以上</w:t></w:r></w:p>`) +
				"</w:tr></w:tbl>",
			[]string{"地区生产总值 | 控制在合理区间(1.2%左右) | 1 GDP growth | 6.5% 以上\n"}},
		{"deleted text, field codes and fallbacks are not printed",
			"<w:tbl><w:tr>" +
				tc("", `<w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins></w:p>`) +
				tc("", `<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>5%</w:t></w:r></w:p>`) +
				tc("", `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>框</w:t></mc:Choice><mc:Fallback><w:t>框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`) +
				"</w:tr></w:tbl>",
			[]string{"新 | 5% | 框\n"}},
		{"symbols typed from the Symbol font, tab stops that print nothing",
			"<w:tbl><w:tr>" +
				tc("", `<w:p><w:r><w:sym w:font="Symbol" w:char="F0B3"/><w:t>6.5%</w:t></w:r></w:p>`) +
				tc("", `<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>`) +
				tc("", `<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>b</w:t></w:r></w:p>`) +
				"</w:tr></w:tbl>",
			[]string{"≥6.5% | \uFFFD | a b\n"}},
		{"gridBefore, gridSpan and a vMerge without a cell above",
			"<w:tbl><w:tr>" + tc(`<w:gridSpan w:val="2"/>`, wPara("a")) + tc("", wPara("b")) + "</w:tr>" +
				`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + tc(`<w:vMerge/>`, wPara("c")) + tc(`<w:vMerge/>`, "<w:p/>") + "</w:tr>" +
				"<w:tr>" + tc(`<w:vMerge w:val="continue"/>`, "<w:p/>") + "</w:tr></w:tbl>",
			[]string{"a | <a | b\n | c | ^b\n |  | \n"}},
		{"a nested table is its own grid",
			"<w:tbl><w:tr>" + tc("", wPara("外")+"<w:tbl><w:tr>"+tc("", wPara("内"))+"</w:tr></w:tbl>"+wPara("后")) + tc("", wPara("右")) + "</w:tr></w:tbl>",
			[]string{"外后 | 右\n", "内\n"}},
		{"a document without tables has no grid", wPara("2023年目标") + wPara("6.5%以上"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs, err := docxGrids(buildDocx(t, tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if len(gs) != len(tt.grids) {
				t.Fatalf("%d grids, want %d", len(gs), len(tt.grids))
			}
			for i, g := range gs {
				checkCells(t, g)
				if got := show(g.rows); got != tt.grids[i] {
					t.Errorf("grid %d:\n%s\nwant\n%s", i+1, got, tt.grids[i])
				}
				if g.form != "docx" {
					t.Errorf("grid %d: form %q", i+1, g.form)
				}
			}
		})
	}
}

func TestDocxNestedPositions(t *testing.T) {
	body := wPara("标题") + "<w:tbl><w:tr><w:tc>" + wPara("布局") +
		"<w:tbl><w:tr><w:tc>" + wPara("内") + "</w:tc></w:tr></w:tbl>" + wPara("布局后") + "</w:tc></w:tr></w:tbl>" +
		"<w:tbl><w:tr><w:tc>" + wPara("三") + "</w:tc></w:tr></w:tbl>"
	gs, err := docxGrids(buildDocx(t, body))
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 3 {
		t.Fatalf("%d grids, want 3", len(gs))
	}
	for i, want := range []string{"table 1", "table 2", "table 3"} {
		if p := gs[i].rows[0][0].pos; p.Sheet != want || p.Line != 1 || p.Col != 1 {
			t.Errorf("grid %d at %v, want %s row 1 column 1", i+1, p, want)
		}
	}
	if got := showLines(gs[1].before) + "|" + showLines(gs[1].after); got != "标题\n布局\n|布局后\n" {
		t.Errorf("around the nested table: %q", got)
	}
	if got := showLines(gs[2].before); got != "标题\n" {
		t.Errorf("before the third table: %q", got)
	}
}

func TestDocxErrors(t *testing.T) {
	good := buildDocx(t, "<w:tbl><w:tr><w:tc>"+wPara("a")+"</w:tc></w:tr></w:tbl>")
	broken := append([]byte(nil), good[:len(good)/2]...)
	big := zipParts(t, map[string]string{"word/document.xml": strings.Repeat(" ", maxDocumentXML+1)})
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"a broken zip", broken, "not a readable .docx"},
		{"XML that is not well-formed", buildDocx(t, "<w:tbl><w:tr>"), "word/document.xml cannot be read"},
		{"document.xml past the limit", big, "more than the 67108864 read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLayoutError(t, docxLayout{}, &source{name: "p.docx", data: tt.data, kind: kindDocx}, tt.want)
		})
	}
	if gs, err := (docxLayout{}).grids(&source{name: "p.html", kind: kindHTML}); gs != nil || err != nil {
		t.Errorf("a page read as .docx: %v, %v", gs, err)
	}
}

// checkLayoutError checks that a layout refuses a broken document with one
// error that says want, names the file and gives a hint.
func checkLayoutError(t *testing.T, l layout, src *source, want string) {
	t.Helper()
	_, err := l.grids(src)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %v, want %q", err, want)
	}
	if e := input.Errors(err); len(e) != 1 || e[0].Pos.File != src.name || e[0].Hint == "" {
		t.Errorf("error %#v, want one naming the file, with a hint", e)
	}
}

// FuzzDocxLayout checks that any document.xml lays out without a panic,
// into grids that hold together, with every cell inside its table.
func FuzzDocxLayout(f *testing.F) {
	f.Add(wPara("2023年全市国民经济和社会发展计划主要目标") + wTable(seedSpec()) + wPara("绍兴市人民政府"))
	f.Add(wPara("标题") + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/><w:vMerge w:val=\"restart\"/></w:tcPr>" + wPara("a") +
		"<w:tbl><w:tr><w:tc>" + wPara("b") + "</w:tc></w:tr></w:tbl></w:tc></w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>")
	if data, err := os.ReadFile("../testdata/plans/shaoxing-2023.html"); err == nil {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, body string) {
		gs, err := docxGrids(buildDocx(t, body))
		if err != nil {
			return
		}
		for _, g := range gs {
			checkCells(t, g)
			for r, row := range g.rows {
				for c, x := range row {
					p := x.pos
					if p.File != "p.docx" || !strings.HasPrefix(p.Sheet, "table ") || p.Line < 1 || p.Line > r+1 || p.Col < 1 || p.Col > c+1 {
						t.Fatalf("row %d col %d: %q at %v", r+1, c+1, x.raw, p)
					}
				}
			}
		}
	})
}
