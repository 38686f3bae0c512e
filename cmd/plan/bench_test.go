package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRunCheck runs plan check on the full-year example in process:
// the work of one run after the process has started.
func BenchmarkRunCheck(b *testing.B) {
	for _, format := range []string{"table", "json"} {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				if code := run([]string{"check", "--format", format, "../../examples/shaoxing-2023.toml"}, nil, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

// BenchmarkTrendLookAhead checks twelve monthly files, which make a trend
// view, in CSV (which does not show it, so that both write the same): with
// --trend=auto they are loaded and judged once to see whether they make the
// view, and judged again as they are written; with --trend=off, judged once.
func BenchmarkTrendLookAhead(b *testing.B) {
	dir := b.TempDir()
	g := newScaleGen(3)
	for m := 1; m <= 12; m++ {
		text := g.text(330000, fmt.Sprintf("2023-%02d", m), m)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("m%02d.toml", m)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, trend := range []string{"auto", "off"} {
		b.Run("trend="+trend, func(b *testing.B) {
			for b.Loop() {
				if code := run([]string{"check", "--format", "csv", "--trend=" + trend, dir}, nil, io.Discard, io.Discard); code > exitFailed {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
