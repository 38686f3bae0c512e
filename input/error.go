package input

import (
	"errors"
	"slices"
	"strings"
)

// Error is a problem with an input file at a position: what is wrong there
// and, where a fix can be suggested, a hint saying what to do.
type Error struct {
	Pos  Pos
	Key  string // the key or field the problem is in, where there is one ("gdp_growth")
	Msg  string
	Hint string // what to do about it; "" when the message says it all
}

// Error writes the problem as position: "key": message.
func (e *Error) Error() string {
	parts := make([]string, 0, 3)
	if p := e.Pos.String(); p != "" {
		parts = append(parts, p)
	}
	if e.Key != "" {
		parts = append(parts, quote(e.Key))
	}
	return strings.Join(append(parts, e.Msg), ": ")
}

// quote writes a key in double quotes, keeping Chinese as it is.
func quote(s string) string {
	return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) + `"`
}

// ErrorList is every problem found in one or more input files. A reader
// adds to it as it goes and returns Err at the end, so that a person sees
// every problem at once, in the order of the file.
type ErrorList []*Error

// Add appends an error at a position.
func (l *ErrorList) Add(pos Pos, msg string) { *l = append(*l, &Error{Pos: pos, Msg: msg}) }

// Append appends errors.
func (l *ErrorList) Append(errs ...*Error) { *l = append(*l, errs...) }

// Len is the number of errors.
func (l ErrorList) Len() int { return len(l) }

// Sort orders the errors by position; errors at the same position keep the
// order they were added in.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		switch {
		case a.Pos.Before(b.Pos):
			return -1
		case b.Pos.Before(a.Pos):
			return 1
		}
		return 0
	})
}

// Error writes the errors one a line.
func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns the list sorted, as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// Errors returns the errors an error holds: the list of an ErrorList, the
// Error itself, each error joined by errors.Join in turn, or for any other
// error one Error with only its message. A nil error holds none. The list
// is in the order the errors were found; Sort puts it in position order.
func Errors(err error) ErrorList {
	if err == nil {
		return nil
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var list ErrorList
		for _, part := range joined.Unwrap() {
			list = append(list, Errors(part)...)
		}
		return list
	}
	var list ErrorList
	if errors.As(err, &list) {
		return list
	}
	var e *Error
	if errors.As(err, &e) {
		return ErrorList{e}
	}
	return ErrorList{{Msg: err.Error()}}
}
