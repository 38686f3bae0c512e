package output

import "strings"

// indentJSON appends to dst the compact JSON src (as encoding/json writes
// it: no space outside strings) indented as encoding/json's Indent does:
// a newline, prefix and one indent per depth before each element and
// closing bracket, ": " after a key, and empty objects and arrays left as
// {} and []. encoding/json's Indent runs its full scanner over every byte,
// which costs several times the encoding; src is known to be valid, so
// this copies strings, numbers and literals as they are and acts only on
// the punctuation between them.
func indentJSON(dst, src []byte, prefix, indent string) []byte {
	var nl newlines
	depth := 0
	open := false // an object or array was opened and nothing written in it yet
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = append(dst, nl.at(depth, prefix, indent)...)
		}
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = append(dst, nl.at(depth, prefix, indent)...)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = append(dst, nl.at(depth, prefix, indent)...)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// stringEnd is the index just after the JSON string that starts at
// src[start], its opening quote.
func stringEnd(src []byte, start int) int {
	for i := start + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++ // the escaped character, whatever it is
		case '"':
			return i + 1
		}
	}
	return len(src)
}

// newlines are the breaks between the lines of an indented value, by
// depth: a newline, the prefix and depth indents, each made once.
type newlines []string

// at is the break before a line at depth.
func (nl *newlines) at(depth int, prefix, indent string) string {
	for len(*nl) <= depth {
		*nl = append(*nl, "\n"+prefix+strings.Repeat(indent, len(*nl)))
	}
	return (*nl)[depth]
}
