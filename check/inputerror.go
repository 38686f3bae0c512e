package check

import (
	"bytes"
	"fmt"
	"strconv"
)

// InputError is a problem with an input file, at a line and key where
// known. The loader reports its problems as an input.ErrorList; a report
// of a file that could not be checked (Failed) still reads this type.
type InputError struct {
	File string
	Line int
	Key  string
	Msg  string
}

// Error writes the problem as file:line: "key": message.
func (e *InputError) Error() string {
	var b bytes.Buffer
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, ": %s", strconv.Quote(e.Key))
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}
