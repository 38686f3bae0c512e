package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// openPTY opens a pseudo-terminal: the terminal side a program writes to,
// and the other side the test reads from.
func openPTY(t *testing.T) (term, reader *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	var n uint32
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("no pseudo-terminal number: %v", e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("cannot unlock the pseudo-terminal: %v", e)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("cannot open the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, m
}

// TestColourOnATerminal runs plan check with standard output on a
// terminal: the statuses are coloured, unless NO_COLOR is set.
func TestColourOnATerminal(t *testing.T) {
	for _, tt := range []struct {
		noColor string
		want    bool
	}{{"", true}, {"1", false}} {
		t.Setenv("NO_COLOR", tt.noColor)
		term, reader := openPTY(t)
		var stderr bytes.Buffer
		if code := run([]string{"check", "../../examples/shaoxing-2023.toml"}, nil, term, &stderr); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		reader.SetReadDeadline(time.Now().Add(2 * time.Second))
		var out bytes.Buffer
		buf := make([]byte, 4096)
		for !bytes.Contains(out.Bytes(), []byte("missing\r\n")) {
			n, err := reader.Read(buf)
			out.Write(buf[:n])
			if err == io.EOF || err != nil {
				break
			}
		}
		if got := bytes.Contains(out.Bytes(), []byte("\x1b[32mpass\x1b[0m")); got != tt.want {
			t.Errorf("NO_COLOR=%q on a terminal: coloured %v, want %v:\n%q", tt.noColor, got, tt.want, out.String())
		}
	}
}
