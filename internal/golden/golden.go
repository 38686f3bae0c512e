// Package golden compares a test's output with a golden file, for the
// tests of every package: on a difference it shows a diff and writes the
// output beside the golden file as NAME.got; told to update, it rewrites
// the golden file instead.
package golden

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
)

// Check compares got with the golden file at path, or rewrites the file
// when update is set. cmd is the command that rewrites it, for the message.
func Check(t testing.TB, path, got string, update bool, cmd string) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (%s writes it)", err, cmd)
	}
	if d := diff.Diff(path, want, path+".got", []byte(got)); d != nil {
		if err := os.WriteFile(path+".got", []byte(got), 0o644); err != nil {
			t.Error(err)
		}
		t.Errorf("output differs from %s (%s rewrites it after review):\n%s", path, cmd, d)
	}
}
