package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"plan/output"
)

var (
	scaleLarge = flag.Bool("scale.large", false, "BenchmarkScale also runs over 50,000 files (it takes minutes, and 200 MB of disk)")
	scaleDir   = flag.String("scale.dir", "", "TestWriteScaleFiles writes generated actuals files into this directory, and BenchmarkScale runs over its files")
	scaleFiles = flag.Int("scale.files", 50000, "the number of files TestWriteScaleFiles writes")
)

// TestWriteScaleFiles writes the generated files of the scale benchmarks
// into -scale.dir, for measuring the built binary on them:
//
//	go test ./cmd/plan -run TestWriteScaleFiles -scale.dir /tmp/plan-50k
func TestWriteScaleFiles(t *testing.T) {
	if *scaleDir == "" {
		t.Skip("give -scale.dir DIR to write the generated files")
	}
	if err := os.MkdirAll(*scaleDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := writeScaleFiles(*scaleDir, *scaleFiles, 1); err != nil {
		t.Fatal(err)
	}
}

// TestScaleFilesCheck keeps the generator honest: its files have 10 to 49
// figures each, and are all read, with figures that pass, warn and fail.
func TestScaleFilesCheck(t *testing.T) {
	dir := t.TempDir()
	if err := writeScaleFiles(dir, 200, 1); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 200 {
		t.Fatalf("%d files written, %v", len(entries), err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		_, values, _ := strings.Cut(string(data), "[values]\n")
		if n := strings.Count(values, "\n"); n < minFigures || n > maxFigures {
			t.Errorf("%s: %d figures, want %d to %d", e.Name(), n, minFigures, maxFigures)
		}
	}
	code, out, errOut := runPlan(t, "check", "--summary", dir)
	if code != exitFailed || errOut != "" {
		t.Fatalf("plan check on generated files: exit %d, stderr:\n%s", code, errOut)
	}
	var pass, warn, fail, missing int
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	fmt.Sscanf(lines[len(lines)-1], "200 files: 9800 indicators: %d pass, %d warn, %d fail, %d missing", &pass, &warn, &fail, &missing)
	if len(lines) != 201 || pass == 0 || warn == 0 || fail == 0 || missing == 0 {
		t.Errorf("%d lines, totals %q: want a line per file and every status", len(lines), lines[len(lines)-1])
	}
}

// BenchmarkScale runs plan check in process over generated directories of
// 1,000 and 10,000 files (50,000 with -scale.large) in every format, beside
// the floor: the same files read and decoded by BurntSushi/toml alone, on
// one core. files/s is the files checked (or decoded) a second; B/op the
// bytes allocated by a whole run.
//
//	go test ./cmd/plan -run '^$' -bench Scale -benchtime 3x
//
// With -scale.dir DIR it runs over the files of DIR instead (written by
// TestWriteScaleFiles), so that the floor is measured on the very files
// the built binary is.
func BenchmarkScale(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent)) // as the command runs
	if *scaleDir != "" {
		entries, err := os.ReadDir(*scaleDir)
		if err != nil {
			b.Fatal(err)
		}
		benchDir(b, *scaleDir, len(entries))
		return
	}
	sizes := []int{1000, 10000}
	if *scaleLarge {
		sizes = append(sizes, 50000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("files=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			if err := writeScaleFiles(dir, n, 1); err != nil {
				b.Fatal(err)
			}
			benchDir(b, dir, n)
		})
	}
}

// benchDir runs the floor and plan check in every format over the n files
// of dir.
func benchDir(b *testing.B, dir string, n int) {
	b.Run("toml-floor", func(b *testing.B) { benchFloor(b, dir, n) })
	for _, format := range output.Names(output.Reports) {
		b.Run(format, func(b *testing.B) { benchCheck(b, dir, n, format) })
	}
}

// benchCheck runs plan check over the n files of dir in a format.
func benchCheck(b *testing.B, dir string, n int, format string) {
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"check", "--format", format, dir}, nil, io.Discard, io.Discard); code > exitFailed {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "files/s")
}

// benchFloor reads and decodes the n files of dir with BurntSushi/toml
// alone, into the map plan check decodes them into, in one goroutine on
// one core: what any check of the files costs at least.
func benchFloor(b *testing.B, dir string, n int) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b.ReportAllocs()
	for b.Loop() {
		entries, err := os.ReadDir(dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				b.Fatal(err)
			}
			var v map[string]any
			if _, err := toml.Decode(string(data), &v); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "files/s")
}
