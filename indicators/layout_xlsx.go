package indicators

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"plan/input"
)

// xlsxLayout reads the sheets of an Excel workbook (.xlsx): each sheet
// with a cell is a grid of the cells as Excel displays them (6.5% for
// 0.065 in a percentage format), merged ranges laid out over the places
// they cover. Rows above the table, such as a title, are the first rows of
// the grid. Positions are the sheet's name, row and column, as Sheet1!B7.
type xlsxLayout struct{}

// form names the layout.
func (xlsxLayout) form() string { return "xlsx" }

// maxWorkbook bounds the bytes a workbook's parts unzip to, in all: a
// plan's workbook is well under a megabyte, a statistical one a few; 64
// MiB leaves room for them while no zip bomb can expand past it. The
// workbook is then read in memory, with no temporary files.
const maxWorkbook = 64 << 20

// maxMerges bounds the merged ranges of one sheet. Reading them compares
// every pair of ranges, so the time grows as their square; a plan's table
// has a few dozen, and 2000 take well under a second.
const maxMerges = 2000

// grids lays out the sheets of a workbook, in the workbook's order.
func (xlsxLayout) grids(src *source) ([]grid, error) {
	if src.kind != kindXLSX {
		return nil, nil
	}
	if err := checkMerges(src); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(src.data), excelize.Options{UnzipSizeLimit: maxWorkbook, UnzipXMLSizeLimit: maxWorkbook})
	if err != nil {
		return nil, badWorkbook(input.Pos{File: src.name}, "not a readable .xlsx: "+err.Error())
	}
	defer f.Close()
	b := newBudget()
	var out []grid
	for _, name := range f.GetSheetList() {
		rows, err := sheetCells(f, src.name, name, b)
		if err != nil {
			return nil, err
		}
		if len(rows) > 0 {
			out = append(out, grid{form: "xlsx", rows: rows, merges: true})
		}
	}
	return out, nil
}

// badWorkbook is the error of a workbook, or a sheet of it, that cannot be
// read: saving it again in Excel or WPS writes it afresh.
func badWorkbook(pos input.Pos, msg string) *input.Error {
	return &input.Error{Pos: pos, Msg: msg, Hint: "open the workbook in Excel or WPS and save it again as .xlsx"}
}

// sheetCells lays out one sheet: none for a sheet with no text, such as a
// chart sheet.
func sheetCells(f *excelize.File, file, sheet string, b *budget) ([][]cell, error) {
	at := func(r, c int) input.Pos { return input.Pos{File: file, Sheet: sheet, Line: r + 1, Col: c + 1} }
	tooBig := errTooBig(input.Pos{File: file, Sheet: sheet}, "the sheet")
	values, width, err := sheetValues(f, sheet)
	switch {
	case errors.Is(err, errSheetTooBig):
		return nil, tooBig
	case err != nil:
		return nil, badWorkbook(input.Pos{File: file, Sheet: sheet}, "the sheet cannot be read: "+err.Error())
	case len(values) == 0:
		return nil, nil
	}
	g := newSpanGrid(0, b.left)
	if !g.fits(len(values), width) {
		return nil, tooBig
	}
	merges, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return nil, badWorkbook(input.Pos{File: file, Sheet: sheet}, "its merged cells cannot be read: "+err.Error())
	}
	for _, m := range merges {
		r0, c0, r1, c1, ok := mergeRange(m, len(values), width)
		if !ok {
			continue
		}
		raw := valueAt(values, r0, c0)
		if !g.put(newOrigin(raw, at(r0, c0), r0, c0), r0, c0, r1-r0+1, c1-c0+1) {
			return nil, tooBig
		}
	}
	for r, row := range values {
		for c, v := range row {
			if v != "" && g.at(r, c) == nil && !g.put(newOrigin(v, at(r, c), r, c), r, c, 1, 1) {
				return nil, tooBig
			}
		}
	}
	rows, ok := g.cells(b, at)
	if !ok {
		return nil, tooBig
	}
	return rows, nil
}

// errSheetTooBig is a sheet with more places than maxPlaces.
var errSheetTooBig = errors.New("too many cells")

// sheetValues reads a sheet's cells as displayed, a row at a time, the
// lines of a cell joined; the rows run to the last with text, and width
// is the last column with text. A sheet too large to lay out is refused
// as it is read, before its rows fill memory.
func sheetValues(f *excelize.File, sheet string) ([][]string, int, error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, 0, err
	}
	defer it.Close()
	var (
		values [][]string
		width  int
	)
	for r := 0; it.Next(); r++ {
		cols, err := it.Columns()
		if err != nil {
			return nil, 0, err
		}
		cols = joinLines(cols)
		if len(cols) == 0 {
			continue
		}
		width = max(width, len(cols))
		if r+1 > maxPlaces/width {
			return nil, 0, errSheetTooBig
		}
		for len(values) < r {
			values = append(values, nil)
		}
		values = append(values, cols)
	}
	return values, width, it.Error()
}

// joinLines joins the lines of each cell (Alt+Enter in Excel) as printed
// text, and drops the empty cells that end a row.
func joinLines(cols []string) []string {
	n := 0
	for i, v := range cols {
		if strings.TrimSpace(v) == "" {
			cols[i] = ""
			continue
		}
		var p printed
		p.write(v)
		cols[i], n = p.String(), i+1
	}
	return cols[:n]
}

// valueAt is the text at row r, column c, or "".
func valueAt(values [][]string, r, c int) string {
	if r < len(values) && c < len(values[r]) {
		return values[r][c]
	}
	return ""
}

// mergeRange reads a merged range as rows and columns from 0, clipped to
// the rows and columns that hold text: places past them would only repeat
// the merged cell in rows and columns that hold nothing else.
func mergeRange(m excelize.MergeCell, rows, cols int) (r0, c0, r1, c1 int, ok bool) {
	x0, y0, err0 := excelize.CellNameToCoordinates(m.GetStartAxis())
	x1, y1, err1 := excelize.CellNameToCoordinates(m.GetEndAxis())
	if err0 != nil || err1 != nil {
		return 0, 0, 0, 0, false
	}
	r0, c0, r1, c1 = min(y0, y1)-1, min(x0, x1)-1, min(max(y0, y1)-1, rows-1), min(max(x0, x1)-1, cols-1)
	return r0, c0, r1, c1, r0 <= r1 && c0 <= c1
}

// checkMerges refuses a workbook with a sheet of more than maxMerges merged
// ranges, counting them in the sheets' XML before excelize reads them.
func checkMerges(src *source) error {
	zr, err := zip.NewReader(bytes.NewReader(src.data), int64(len(src.data)))
	if err != nil {
		return badWorkbook(input.Pos{File: src.name}, "not a readable .xlsx: "+err.Error())
	}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") || f.UncompressedSize64 > maxWorkbook {
			continue // a part too large is refused when the workbook is opened
		}
		rc, err := f.Open()
		if err != nil {
			continue // and so is a part that cannot be unzipped
		}
		n, _ := countMerges(rc)
		rc.Close()
		if n > maxMerges {
			return &input.Error{Pos: input.Pos{File: src.name},
				Msg:  fmt.Sprintf("%s has %d merged ranges, more than the %d read", f.Name, n, maxMerges),
				Hint: "copy the target table into a new workbook and read that"}
		}
	}
	return nil
}

// countMerges counts the mergeCell elements of a sheet's XML.
func countMerges(r io.Reader) (int, error) {
	const tag = "mergeCell "
	n, keep := 0, []byte(nil)
	buf := make([]byte, 64<<10)
	for {
		k, err := r.Read(buf)
		chunk := append(keep, buf[:k]...)
		n += bytes.Count(chunk, []byte(tag))
		if len(chunk) >= len(tag)-1 {
			keep = append(keep[:0], chunk[len(chunk)-len(tag)+1:]...)
		} else {
			keep = append(keep[:0], chunk...)
		}
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}
