package main

// Every message plan prints on standard error is written here: prefixed
// "plan:", one line each, lowercase and without a final period. An error
// with a position starts with it (FILE:LINE: …), the errors of one file
// come together in the order of the file, and an error that knows what to
// do about it is followed by a "plan: hint: …" line.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"plan/input"
)

// usageError is a mistake on the command line: a flag, an argument or a
// command that plan does not take. The exit status is 2.
type usageError struct {
	msg  string
	hint string // what to do about it, or ""
}

// Error is the message.
func (e *usageError) Error() string { return e.msg }

// usageErr is a usage error with a message.
func usageErr(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// exitError ends a command with an exit status and the error to print:
// the problems of an input, a file that cannot be written, or nil when the
// command has said what it needed to.
type exitError struct {
	code int
	err  error
}

// Error is the message of the error carried, or the status alone.
func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// inputErr is the problems of an input: exit status 2.
func inputErr(err error) error { return &exitError{code: exitBadUse, err: err} }

// writeErr is a failure to write what a command shows: exit status 2.
func writeErr(what string, err error) error {
	return &exitError{code: exitBadUse, err: fmt.Errorf("cannot write %s: %s", what, reason(err))}
}

// reason is what went wrong in a file system error, without the operation
// and path Go puts before it ("no space left on device", not "write
// /dev/stdout: no space left on device"): the message names the file.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// messages writes plan's messages on standard error.
type messages struct{ w io.Writer }

// errorf writes one error line.
func (m messages) errorf(format string, args ...any) {
	fmt.Fprintf(m.w, "%s: %s\n", programName, fmt.Sprintf(format, args...))
}

// notef writes one note: something plan did that the user may want to
// know, which is not a problem.
func (m messages) notef(format string, args ...any) {
	fmt.Fprintf(m.w, "%s: note: %s\n", programName, fmt.Sprintf(format, args...))
}

// hint writes what to do about the error before it.
func (m messages) hint(format string, args ...any) {
	fmt.Fprintf(m.w, "%s: hint: %s\n", programName, fmt.Sprintf(format, args...))
}

// errors writes every problem an error holds, one a line in the order of
// the file, each followed by its hint.
func (m messages) errors(err error) {
	list := input.Errors(err)
	list.Sort()
	for _, e := range list {
		m.errorf("%s", e.Error())
		if e.Hint != "" {
			m.hint("%s", e.Hint)
		}
	}
}

// exit writes the error a command ended with and returns the exit status.
func (m messages) exit(err error) int {
	var ue *usageError
	var ee *exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		m.errorf("%s", ue.msg)
		if ue.hint != "" {
			m.hint("%s", ue.hint)
		}
		return exitBadUse
	case errors.As(err, &ee):
		if ee.err != nil {
			m.errors(ee.err)
		}
		return ee.code
	}
	m.errors(err) // an error of the command line that no command typed
	return exitBadUse
}
