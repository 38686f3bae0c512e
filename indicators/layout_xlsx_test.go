package indicators

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plan/input"
)

// xlsxSheet is a sheet a test builds: rows of cells placed from a row on,
// with their merges.
type xlsxSheet struct {
	name  string
	from  int // the sheet row of the table's first row, from 1
	table [][]specCell
}

// buildXLSX writes a workbook of the given sheets; sheets of one name
// share the sheet. edit, if not nil, changes the workbook before it is
// written.
func buildXLSX(t testing.TB, sheets []xlsxSheet, edit func(*excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				t.Fatal(err)
			}
		} else if n, _ := f.GetSheetIndex(sh.name); n < 0 {
			if _, err := f.NewSheet(sh.name); err != nil {
				t.Fatal(err)
			}
		}
		putTable(t, f, sh)
	}
	if edit != nil {
		edit(f)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// putTable writes a table's cells on its sheet, each in the cell it starts
// at, and merges the cells that span rows or columns.
func putTable(t testing.TB, f *excelize.File, sh xlsxSheet) {
	t.Helper()
	for r, row := range placeSpec(sh.table) {
		for c, p := range row {
			if p == nil || p.row != r || p.col != c {
				continue
			}
			ref := cellRef(c, sh.from+r)
			if p.cell.text != "" {
				if err := f.SetCellStr(sh.name, ref, p.cell.text); err != nil {
					t.Fatal(err)
				}
			}
			if p.cell.rows > 1 || p.cell.cols > 1 {
				if err := f.MergeCell(sh.name, ref, cellRef(c+p.cell.cols-1, sh.from+r+p.cell.rows-1)); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// rawXLSX writes a workbook of one sheet, "S", whose worksheet holds the
// given XML, as Excel writes it.
func rawXLSX(t testing.TB, sheetXML string) []byte {
	t.Helper()
	return zipParts(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + sheetXML + `</worksheet>`,
	})
}

// cellRef names the cell at column c (from 0) and row r (from 1).
func cellRef(c, r int) string { return input.ColumnName(c+1) + fmt.Sprint(r) }

// xlsxGrids lays out a workbook.
func xlsxGrids(data []byte) ([]grid, error) {
	return xlsxLayout{}.grids(&source{name: "p.xlsx", data: data, kind: sniff(data, "")})
}

// seedTitle is the annex title of the default plan, merged over the width
// of its table.
var seedTitle = [][]specCell{{{"2023年全市国民经济和社会发展计划主要目标", 1, 5}}}

// seedXLSX is the default plan's table as a workbook: the annex title in
// the first row, the table from the second.
func seedXLSX(t testing.TB) []byte {
	t.Helper()
	return buildXLSX(t, []xlsxSheet{{name: "主要目标", from: 1, table: seedTitle}, {name: "主要目标", from: 2, table: seedSpec()}}, nil)
}

// TestXLSXSeed reads the default plan's table built as a workbook, with the
// annex title merged over the table's width in the row above it.
func TestXLSXSeed(t *testing.T) {
	data := seedXLSX(t)
	if k := sniff(data, ""); k != kindXLSX {
		t.Fatalf("sniffed as %v", k)
	}
	g := onlyGrid(t)(xlsxGrids(data))
	want := show(specGrid(seedTitle)) + show(seedGrid(t))
	if got := show(g.rows); got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
	for _, tt := range []struct {
		r, c int // from 1
		want string
	}{
		{1, 5, "p.xlsx:主要目标!A1"},   // the title's last column
		{2, 4, "p.xlsx:主要目标!C2"},   // 指标名称's second column
		{13, 2, "p.xlsx:主要目标!B12"}, // 结构性指标 merged down in the 序号 column
		{28, 5, "p.xlsx:主要目标!E27"}, // 21's target is 20's
		{29, 2, "p.xlsx:主要目标!B29"}, // 化学需氧量 has no number
	} {
		if got := g.rows[tt.r-1][tt.c-1].pos.String(); got != tt.want {
			t.Errorf("row %d col %d at %s, want %s", tt.r, tt.c, got, tt.want)
		}
	}
	if c := g.rows[len(g.rows)-3][4]; c.raw != "控制在合理区间(1.2%左右)" {
		t.Errorf("row 37's target, on two lines in its cell, reads %q", c.raw)
	}
	if g.form != "xlsx" || g.before != nil || g.after != nil {
		t.Errorf("form %q, %d cells before, %d after", g.form, len(g.before), len(g.after))
	}
}

func TestXLSXDisplayed(t *testing.T) {
	data := buildXLSX(t, []xlsxSheet{{name: "S", from: 1, table: [][]specCell{{one("a")}}}}, func(f *excelize.File) {
		custom := "0.0%"
		pct, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &custom})
		pct2, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
		thousands, _ := f.NewStyle(&excelize.Style{NumFmt: 4})
		for _, v := range []struct {
			ref   string
			value any
			style int
		}{{"A2", 0.065, pct}, {"B2", 0.065, pct2}, {"C2", 6.5, 0}, {"D2", 3767800, thousands}, {"E2", "1.2%左右", 0}} {
			if err := f.SetCellValue("S", v.ref, v.value); err != nil {
				t.Fatal(err)
			}
			if v.style != 0 {
				if err := f.SetCellStyle("S", v.ref, v.ref, v.style); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
	gs, err := xlsxGrids(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 1 {
		t.Fatalf("%d grids", len(gs))
	}
	if got, want := show(gs[0].rows), "a |  |  |  | \n6.5% | 6.50% | 6.5 | 3,767,800.00 | 1.2%左右\n"; got != want {
		t.Errorf("grid\n%s\nwant\n%s", got, want)
	}
}

func TestXLSXLayout(t *testing.T) {
	tests := []struct {
		name  string
		data  func(t *testing.T) []byte
		grids []string
	}{
		{"a merged range past the sheet's text is clipped to it", func(t *testing.T) []byte {
			return buildXLSX(t, []xlsxSheet{{name: "S", from: 2, table: [][]specCell{{one("a"), one("b")}, {one("c")}}}}, func(f *excelize.File) {
				_ = f.MergeCell("S", "A1", "Z1")
				_ = f.SetCellStr("S", "A1", "标题")
				_ = f.MergeCell("S", "B3", "B100")
			})
		}, []string{"标题 | <标题\na | b\nc | \n"}},
		{"every sheet with text is a grid; an empty one is none", func(t *testing.T) []byte {
			return buildXLSX(t, []xlsxSheet{
				{name: "说明", from: 1, table: [][]specCell{{one("x")}}},
				{name: "空", from: 1, table: [][]specCell{{one("")}}},
				{name: "表", from: 3, table: [][]specCell{{down("a", 2), one("b")}, {one("c")}}},
			}, nil)
		}, []string{"x\n", " | \n | \na | b\n^a | c\n"}},
		{"a chart sheet is no grid", func(t *testing.T) []byte {
			return buildXLSX(t, []xlsxSheet{{name: "S", from: 1, table: [][]specCell{{one("年份"), one("目标")}, {one("2023"), one("6.5%")}}}}, func(f *excelize.File) {
				series := []excelize.ChartSeries{{Name: "S!$B$1", Categories: "S!$A$2", Values: "S!$B$2"}}
				if err := f.AddChartSheet("图", &excelize.Chart{Type: excelize.Col, Series: series}); err != nil {
					t.Fatal(err)
				}
			})
		}, []string{"年份 | 目标\n2023 | 6.5%\n"}},
		{"a value under a merged cell, hidden by Excel, is not read", func(t *testing.T) []byte {
			return rawXLSX(t, `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>旧</t></is></c></row>`+
				`<row r="2"><c r="A2" t="inlineStr"><is><t>第一行&#10;第二行</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`)
		}, []string{"a | <a\n第一行第二行 | \n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs, err := xlsxGrids(tt.data(t))
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
			}
		})
	}
}

func TestXLSXErrors(t *testing.T) {
	good := buildXLSX(t, []xlsxSheet{{name: "S", from: 1, table: [][]specCell{{one("a")}}}}, nil)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"a broken zip", good[:len(good)/2], "not a readable .xlsx"},
		{"a worksheet that is not XML", rawXLSX(t, `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="A2"`), "cannot be read"},
		{"a sheet too large to lay out", buildXLSX(t, []xlsxSheet{{name: "S", from: 1, table: [][]specCell{{one("a")}}}}, func(f *excelize.File) {
			_ = f.SetCellStr("S", "XFD1048576", "z")
		}), "past 1048576 cells"},
		{"too many merged ranges", buildXLSX(t, []xlsxSheet{{name: "S", from: 1, table: [][]specCell{{one("a")}}}}, func(f *excelize.File) {
			for r := 1; r <= maxMerges+1; r++ {
				_ = f.MergeCell("S", cellRef(0, 2*r), cellRef(1, 2*r))
			}
		}), "merged ranges, more than the 2000 read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLayoutError(t, xlsxLayout{}, &source{name: "p.xlsx", data: tt.data, kind: kindXLSX}, tt.want)
		})
	}
	if gs, err := (xlsxLayout{}).grids(&source{name: "p.docx", kind: kindDocx}); gs != nil || err != nil {
		t.Errorf("a .docx read as .xlsx: %v, %v", gs, err)
	}
}

func TestCountMerges(t *testing.T) {
	xml := strings.Repeat(`<mergeCell ref="A1:B2"/>`, 10000) + `<x:mergeCell ref="C1:D1"/><mergeCells count="3">`
	n, err := countMerges(strings.NewReader(xml))
	if err != nil || n != 10001 {
		t.Errorf("countMerges = %d, %v; want 10001", n, err)
	}
}

// FuzzXLSXLayout checks that any workbook lays out without a panic, into
// grids that hold together, with every cell on its sheet.
func FuzzXLSXLayout(f *testing.F) {
	f.Add(seedXLSX(f))
	f.Add([]byte("PK\x03\x04"))
	f.Add(rawXLSX(f, `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1"><v>0.065</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B3"/></mergeCells>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		gs, err := xlsxLayout{}.grids(&source{name: "p.xlsx", data: data, kind: kindXLSX})
		if err != nil {
			return
		}
		for _, g := range gs {
			checkCells(t, g)
			for r, row := range g.rows {
				for c, x := range row {
					if p := x.pos; p.File != "p.xlsx" || p.Sheet == "" || p.Line < 1 || p.Line > r+1 || p.Col < 1 || p.Col > c+1 {
						t.Fatalf("row %d col %d: %q at %v", r+1, c+1, x.raw, p)
					}
				}
			}
		}
	})
}
