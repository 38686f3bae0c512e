package input

import "fmt"

// MaxTOMLDepth is how deeply a TOML file that plan reads may nest tables,
// arrays and the parts of dotted keys. An actuals file needs three levels
// ([tolerance.by_id] and an inline table in it), a plan file three
// ([[indicators]] and [indicators.rule]); ten leaves room for any file a
// person writes. The TOML decoder is recursive: without this bound a file
// of 40 KB nested ten thousand deep takes seconds and gigabytes.
const MaxTOMLDepth = 10

// CheckTOMLDepth scans a TOML text once, before it is decoded and in
// constant memory, and returns an error at the first line that nests deeper
// than MaxTOMLDepth; nil when none does. It reads strings and comments well
// enough not to count the brackets and dots inside them.
func CheckTOMLDepth(file string, data []byte) *Error {
	s := depthScanner{data: data, line: 1, lineStart: true, key: true}
	for s.i < len(s.data) {
		if !s.step() {
			return &Error{
				Pos:  Pos{File: file, Line: s.line},
				Msg:  fmt.Sprintf("tables, arrays or dotted keys nested more than %d deep", MaxTOMLDepth),
				Hint: "no plan or actuals file needs this much nesting: is it the right file?",
			}
		}
	}
	return nil
}

// depthScanner walks a TOML text keeping the depth of what is open: the
// table header in force, each bracket open outside strings, and the dots
// of the key being read. Its stack is fixed: past MaxTOMLDepth it stops.
type depthScanner struct {
	data      []byte
	i, line   int
	stack     [MaxTOMLDepth]bracket // the brackets open, innermost last
	open      int                   // how many are open
	base      int                   // the depth of the innermost bracket, or of the table header
	dots      int                   // dots of the key being read, and of the key whose value is being read
	key       bool                  // reading a key or a table header: its dots count
	lineStart bool                  // nothing but spaces so far on this line
	header    bool                  // reading a table header
}

// bracket is an open [ or { and the depth outside it.
type bracket struct {
	char byte
	from int
}

// step reads one token: a string, a comment, a bracket, a dot or another
// byte. It reports false when the depth goes past MaxTOMLDepth.
func (s *depthScanner) step() bool {
	c := s.data[s.i]
	start := s.lineStart
	s.lineStart = false
	switch c {
	case '\n':
		s.line++
		s.lineStart = true
		if s.open == 0 {
			s.key, s.dots = true, 0
		}
	case ' ', '\t', '\r':
		s.lineStart = start
	case '#':
		for s.i < len(s.data) && s.data[s.i] != '\n' {
			s.i++
		}
		return true
	case '"', '\'':
		s.skipString(c)
		return true
	case '[':
		if s.open == 0 && start {
			s.header, s.base, s.dots = true, 0, 0 // [table] or [[array of tables]]
		}
		s.key = s.header
		return s.push(c)
	case '{':
		s.key = true
		return s.push(c)
	case ']', '}':
		s.pop()
	case '=':
		s.key = false
	case ',':
		s.dots = 0
		s.key = s.open > 0 && s.stack[s.open-1].char == '{'
	case '.':
		if s.key {
			s.dots++
		}
	}
	s.i++
	return s.base+s.dots <= MaxTOMLDepth
}

// push opens a bracket one deeper than the key it is the value of.
func (s *depthScanner) push(c byte) bool {
	depth := s.base + s.dots + 1
	if depth > MaxTOMLDepth {
		return false
	}
	s.stack[s.open] = bracket{char: c, from: s.base}
	s.open++
	s.base, s.dots = depth, 0
	s.i++
	return true
}

// pop closes the innermost bracket. Closing a table header sets the depth
// its keys start from: under [a.b] they are two deep, under [[a]] two.
func (s *depthScanner) pop() {
	if s.open == 0 {
		return
	}
	s.open--
	switch {
	case s.header && s.open == 0:
		s.header, s.key = false, true
		s.base, s.dots = s.base+s.dots, 0
	case s.header:
		// the inner ] of [[a.b]]: the outer one sets the depth
	default:
		s.base, s.dots = s.stack[s.open].from, 0
	}
}

// skipString moves past a string that starts at i: basic or literal, on
// one line or on several (""" and ”').
func (s *depthScanner) skipString(q byte) {
	triple := s.i+2 < len(s.data) && s.data[s.i+1] == q && s.data[s.i+2] == q
	if !triple {
		s.i++
		for s.i < len(s.data) && s.data[s.i] != q && s.data[s.i] != '\n' {
			if s.data[s.i] == '\\' && q == '"' {
				s.i++
			}
			s.i++
		}
		if s.i < len(s.data) && s.data[s.i] == q {
			s.i++
		}
		return
	}
	s.i += 3
	for s.i < len(s.data) {
		switch {
		case s.data[s.i] == '\\' && q == '"':
			s.i++
		case s.data[s.i] == '\n':
			s.line++
		case s.data[s.i] == q && s.i+2 < len(s.data) && s.data[s.i+1] == q && s.data[s.i+2] == q:
			s.i += 3
			return
		}
		s.i++
	}
}
