package main

import (
	"io"
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
