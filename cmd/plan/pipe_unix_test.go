//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestCheckANamedPipe checks a pipe named on the command line, as a shell's
// process substitution gives one (plan check <(…)): it is read, not skipped.
func TestCheckANamedPipe(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "actuals.toml")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	data, err := os.ReadFile("../../examples/shaoxing-2023.toml")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		w, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		w.Write(data)
		w.Close()
	}()
	code, out, errOut := runPlan(t, "check", "--quiet", pipe)
	if code != exitOK || errOut != "" || !strings.HasSuffix(out, ": 49 indicators: 3 pass, 0 warn, 0 fail, 46 missing\n") {
		t.Errorf("plan check PIPE: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
