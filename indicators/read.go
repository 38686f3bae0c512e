package indicators

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"plan/input"
)

// MaxDocumentSize is the largest plan document ReadFile reads: a plan with
// its annex is tens of kilobytes, a saved web page a few hundred, a .docx
// with pictures a few megabytes.
const MaxDocumentSize = 16 << 20

// Options choose how a document is read.
type Options struct {
	Table    int    // which target table to read, from 1; 0 takes the one with the latest target year
	Encoding string // the text's encoding (gb18030, big5, utf-16le …); "" detects it
}

// TableInfo says which table of a document was read, and why.
type TableInfo struct {
	Index  int    `json:"index" toml:"index"`                     // from 1
	Count  int    `json:"count" toml:"count"`                     // tables found
	Line   int    `json:"line" toml:"line"`                       // where its header starts (the row, in a sheet or .docx table)
	Sheet  string `json:"sheet,omitempty" toml:"sheet,omitempty"` // the sheet or .docx table it is in
	Year   int    `json:"year" toml:"year"`                       // the target year its header names, 0 if none
	Form   string `json:"form" toml:"form"`                       // cells, rows, tabs, columns, html, docx or xlsx: the layout it was read from
	Reason string `json:"reason" toml:"reason"`
}

// ReadFile reads the plan at path: a plan file (.toml, see Document) or a
// plan document, whose table it chooses as opts says. It refuses a file
// larger than MaxDocumentSize without reading it all.
func ReadFile(path string, opts Options) (*Plan, error) {
	file := input.Pos{File: path}
	f, err := os.Open(path)
	if err != nil {
		return nil, &input.Error{Pos: file, Msg: "cannot read the plan: " + pathError(err)}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxDocumentSize+1))
	if err != nil {
		return nil, &input.Error{Pos: file, Msg: "cannot read the plan: " + pathError(err)}
	}
	if len(data) > MaxDocumentSize {
		return nil, &input.Error{Pos: file, Msg: fmt.Sprintf("larger than %d MiB, too large for a plan document", MaxDocumentSize>>20)}
	}
	if strings.EqualFold(filepath.Ext(path), ".toml") {
		return ReadPlanFile(path, data)
	}
	return ReadWith(path, data, opts)
}

// layoutError is the error of a layout: its own input.Error, which names
// its place, or one naming the file.
func layoutError(name string, err error) error {
	var ie *input.Error
	if errors.As(err, &ie) {
		return err
	}
	return &input.Error{Pos: input.Pos{File: name}, Msg: err.Error()}
}

// pathError is an error of the file system without the path, which the
// message names already.
func pathError(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// Read reads a plan document and its target table: text copied from a web
// page, a spreadsheet or a PDF (one cell a line, rows with | or tabs
// between cells, or columns split by spaces), a saved HTML page, a .docx
// or an .xlsx. name is used in
// positions and messages. It fails only when the document holds no target
// table, or one with no indicator; anything the reader cannot type is a
// diagnostic with its position and a qualitative rule.
func Read(name string, data []byte) (*Plan, error) { return ReadWith(name, data, Options{}) }

// ReadWith reads a plan document, choosing its table and encoding as opts says.
func ReadWith(name string, data []byte, opts Options) (*Plan, error) {
	src, err := open(name, data, opts)
	if err != nil {
		return nil, err
	}
	var tables []table
	var near []cell // what looks most like a header, for the error when no table is found
	for _, l := range layouts() {
		gs, err := l.grids(src)
		if err != nil {
			return nil, layoutError(name, err)
		}
		var found []table
		for _, g := range gs {
			g.form = l.form()
			found = append(found, recoverTables(g)...)
			if near == nil {
				near = nearHeader(g)
			}
		}
		tables = append(tables, buildTables(found)...)
	}
	tables = dropEmpty(tables)
	if len(tables) == 0 {
		return nil, noTableError(name, near)
	}
	t, ti, err := pick(tables, opts)
	if err != nil {
		return nil, &input.Error{Pos: input.Pos{File: name}, Msg: err.Error()}
	}
	p := &Plan{Info: readInfo(t.before, t.after, t.year), Table: ti, Indicators: t.inds, Diagnostics: t.diags}
	if p.Info.Year == 0 {
		p.Info.Year = ti.Year // the plan's title names none: its table's title does
	}
	if p.Info.Title == "" {
		p.Info.Title = filepath.Base(name) // the name the user knows the plan by, where it prints no title
	}
	if src.enc.Reason != "" {
		p.Diagnostics = append([]Diagnostic{{Kind: Note, Message: "read as " + src.enc.Encoding + ": " + src.enc.Reason}}, p.Diagnostics...)
	}
	finish(p, true)
	return p, nil
}

// open tells what a document is and decodes its text.
func open(name string, data []byte, opts Options) (*source, error) {
	file := input.Pos{File: name}
	if err := unreadable(name, data); err != nil {
		return nil, err
	}
	src := &source{name: name, data: data}
	if kind := sniff(data, ""); kind == kindDocx || kind == kindXLSX {
		src.kind = kind
		return src, nil
	}
	d, err := input.Decode(data, opts.Encoding)
	if err != nil {
		return nil, &input.Error{Pos: file, Msg: err.Error()}
	}
	src.text, src.enc = string(d.Text), d
	src.enc.Text = nil
	src.kind = sniff(nil, src.text)
	if src.kind == kindText {
		if n := strings.Count(src.text, "\n") + 1; n > maxTextLines {
			return nil, &input.Error{Pos: file, Msg: fmt.Sprintf("%d lines: far more than a plan document has (at most %d are read)", n, maxTextLines),
				Hint: "is it the right file? a plan's table has a few hundred lines"}
		}
	}
	return src, nil
}

// dropEmpty drops the tables that yielded no indicator.
func dropEmpty(tables []table) []table {
	out := tables[:0]
	for _, t := range tables {
		if len(t.inds) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// pick chooses the table to read: the one asked for, or the one with the
// latest target year (the last of those), and says why.
func pick(tables []table, opts Options) (table, TableInfo, error) {
	n := len(tables)
	if opts.Table > n || opts.Table < 0 {
		return table{}, TableInfo{}, fmt.Errorf("no table %d: the document has %d target table(s)", opts.Table, n)
	}
	i, reason := n-1, "the only target table"
	switch {
	case opts.Table > 0:
		i, reason = opts.Table-1, "chosen with --table"
	case n > 1:
		for k := range tables {
			if tables[k].targetYear() >= tables[i].targetYear() {
				i = k
			}
		}
		reason = fmt.Sprintf("the latest target year among %d tables; --table N picks another", n)
	}
	t := tables[i]
	return t, TableInfo{Index: i + 1, Count: n, Line: t.pos.Line, Sheet: t.pos.Sheet, Year: t.targetYear(), Form: t.form, Reason: reason}, nil
}

// maxNearCells is how many cells after a header word are shown as the
// nearest thing to a header when a document has no target table.
const maxNearCells = 8

// nearHeader finds what looks most like a header in a grid: cells with
// two header words or more among the first few, for the message that says
// a document holds no target table.
func nearHeader(g grid) []cell {
	if !g.flow {
		for _, row := range g.rows {
			if near := headerLike(row); near != nil {
				return near
			}
		}
		return nil
	}
	for i := range g.rows {
		if !readHeadWord(g.rows[i][0].text).known {
			continue
		}
		var run []cell
		for _, r := range g.rows[i:min(len(g.rows), i+maxNearCells)] {
			run = append(run, r[0])
		}
		if near := headerLike(run); near != nil {
			return near
		}
	}
	return nil
}

// headerLike returns the leading cells of a run that hold two header
// words or more, and are short as header cells are; nil otherwise.
func headerLike(cells []cell) []cell {
	known := 0
	var out []cell
	for _, c := range cells {
		if c.text == "" || typeCell(c).is(lookFigure|lookRowNumber|lookProse) || len([]rune(c.text)) > maxHeadRunes {
			break
		}
		out = append(out, c)
		if readHeadWord(c.text).known {
			known++
		}
	}
	if known < 2 {
		return nil
	}
	return out
}
