package output

import (
	"errors"
	"testing"
)

// failAfter accepts n writes, then fails every one, as a full disk does;
// with n < 0 it accepts all. It counts the writes it accepts.
type failAfter struct{ n, writes int }

var errFull = errors.New("no space left on device")

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n == f.writes {
		return 0, errFull
	}
	f.writes++
	return len(p), nil
}

func TestErrWriterKeepsTheFirstError(t *testing.T) {
	dst := &failAfter{n: 1}
	w := newErrWriter(dst)
	w.printf("one %d\n", 1)
	w.println("two")
	w.printf("three\n")
	if !errors.Is(w.err, errFull) {
		t.Errorf("err = %v, want the failed write's error", w.err)
	}
	if newErrWriter(w) != w {
		t.Errorf("an errWriter wrapped again is a new writer: its error would be lost")
	}
}
