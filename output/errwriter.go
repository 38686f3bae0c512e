package output

import (
	"fmt"
	"io"
)

// errWriter remembers the first error writing to w and writes nothing
// after it, so that a renderer can print line after line with printf and
// return the error once at the end: no write error is lost.
type errWriter struct {
	w   io.Writer
	err error
}

// newErrWriter wraps w, or returns it when it is an errWriter already.
func newErrWriter(w io.Writer) *errWriter {
	if ew, ok := w.(*errWriter); ok {
		return ew
	}
	return &errWriter{w: w}
}

// Write writes p unless an earlier write failed.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}

// printf writes formatted text.
func (e *errWriter) printf(format string, args ...any) {
	fmt.Fprintf(e, format, args...)
}

// println writes its arguments and a newline.
func (e *errWriter) println(args ...any) {
	fmt.Fprintln(e, args...)
}
