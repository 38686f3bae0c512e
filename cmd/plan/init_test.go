package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeHalf writes part of a file, then fails as a full disk does.
func writeHalf(w io.Writer) error {
	io.WriteString(w, "# half a tem")
	return errors.New("no space left on device")
}

// writeWhole writes a whole file.
func writeWhole(w io.Writer) error {
	_, err := io.WriteString(w, "[values]\n")
	return err
}

// TestWriteFileForceKeepsTheOldFile replaces a file whose new content
// fails halfway: the old file is as it was, and nothing else is left in
// the directory.
func TestWriteFileForceKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "actuals.toml")
	old := "[values]\ngdp_growth = 7.8\n"
	if err := os.WriteFile(path, []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	err := writeFile(path, true, writeHalf)
	if err == nil || !strings.Contains(err.Error(), "cannot write "+path+": no space left on device") {
		t.Errorf("error %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != old {
		t.Errorf("the old file is now %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files left in the directory, want the old one alone", len(entries))
	}
	if err := writeFile(path, true, writeWhole); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if got, _ := os.ReadFile(path); string(got) != "[values]\n" || info.Mode().Perm() != 0o600 {
		t.Errorf("replaced: %q, mode %v; want the new file with the old one's mode", got, info.Mode().Perm())
	}
}

// TestWriteFileNewRemovesAHalfFile writes a new file that fails halfway:
// no file is left; an existing file is never touched without force.
func TestWriteFileNewRemovesAHalfFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.toml")
	if err := writeFile(path, false, writeHalf); err == nil {
		t.Errorf("a failed write returned no error")
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a half-written file is left: %v", err)
	}
	if err := writeFile(path, false, writeWhole); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(path, false, writeHalf); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("an existing file: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "[values]\n" {
		t.Errorf("the existing file is now %q", got)
	}
}
