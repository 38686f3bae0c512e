package check

import (
	"errors"
	"fmt"

	"plan/input"
)

// problem is what is wrong with one part of a file, with the fix where one
// can be suggested, before the loader places it at a line.
type problem struct {
	msg, hint string
}

// Error is the message alone; the hint is printed on its own line.
func (p *problem) Error() string { return p.msg }

// problemf makes a problem with a hint.
func problemf(hint, format string, args ...any) error {
	return &problem{msg: fmt.Sprintf(format, args...), hint: hint}
}

// inputError places an error at a position, with the hint of the problem
// it wraps, if any.
func inputError(pos input.Pos, key string, err error) *input.Error {
	e := &input.Error{Pos: pos, Key: key, Msg: err.Error()}
	var p *problem
	if errors.As(err, &p) {
		e.Hint = p.hint
	}
	return e
}
