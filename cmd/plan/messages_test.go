package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"syscall"
	"testing"

	"plan/input"
)

// TestMessagesInPositionOrder prints an error list given out of order:
// one line each in the order of the file, a hint after its error.
func TestMessagesInPositionOrder(t *testing.T) {
	var list input.ErrorList
	list.Add(input.Pos{File: "q1.toml", Line: 9}, "third")
	list.Append(&input.Error{Pos: input.Pos{File: "q1.toml", Line: 2}, Key: "gdp_grwth", Msg: "first", Hint: "plan rules lists the keys"})
	list.Add(input.Pos{File: "q1.toml", Line: 4, Col: 7}, "second")
	var buf bytes.Buffer
	if code := (messages{w: &buf}).exit(inputErr(fmt.Errorf("reading: %w", list))); code != exitBadUse {
		t.Errorf("exit %d, want %d", code, exitBadUse)
	}
	want := `plan: q1.toml:2: "gdp_grwth": first
plan: hint: plan rules lists the keys
plan: q1.toml:4:7: second
plan: q1.toml:9: third
`
	if buf.String() != want {
		t.Errorf("printed\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestMessagesExit(t *testing.T) {
	tests := []struct {
		err  error
		code int
		want string
	}{
		{nil, exitOK, ""},
		{&usageError{msg: "unknown flag: --x", hint: "run 'plan help' for usage"}, exitBadUse, "plan: unknown flag: --x\nplan: hint: run 'plan help' for usage\n"},
		{usageErr("--lang %q: use zh or en", "fr"), exitBadUse, "plan: --lang \"fr\": use zh or en\n"},
		{&exitError{code: exitFailed}, exitFailed, ""},
		{writeErr("the report", &fsErr), exitBadUse, "plan: cannot write the report: no space left on device\n"},
		{errors.Join(errors.New("one"), errors.New("two")), exitBadUse, "plan: one\nplan: two\n"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if code := (messages{w: &buf}).exit(tt.err); code != tt.code || buf.String() != tt.want {
			t.Errorf("exit(%v) = %d, printed %q; want %d, %q", tt.err, code, buf.String(), tt.code, tt.want)
		}
	}
}

// fsErr is the error writing to a full disk.
var fsErr = fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
