package output

import (
	"io"
	"os"
	"testing"

	"plan/check"
	"plan/seeds"
)

// BenchmarkWrite writes the check of a full actuals file (a figure for
// every indicator of the default plan) in each format.
func BenchmarkWrite(b *testing.B) {
	p := seeds.Plan()
	data, err := os.ReadFile("testdata/full.toml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := check.Load("full.toml", data, p)
	if err != nil {
		b.Fatal(err)
	}
	reports := []check.Report{check.Evaluate(p, a)}
	for _, name := range Names(Reports) {
		f, _ := Lookup(name, Reports)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := runTo(io.Discard, f, Options{All: true}, p.Info, reports, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
