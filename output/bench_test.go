package output

import (
	"io"
	"os"
	"testing"

	"plan/check"
	"plan/indicators"
	"plan/seeds"
)

// BenchmarkWrite writes the check of a full actuals file (a figure for
// every indicator of the default plan) in each format.
func BenchmarkWrite(b *testing.B) {
	p, rep := fullReport(b)
	reports := []check.Report{rep}
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

// BenchmarkWriteReport writes the check of a full actuals file in each
// format, as the thousandth report of a run: the cost a run pays per file,
// once the writer is set up.
func BenchmarkWriteReport(b *testing.B) {
	p, rep := fullReport(b)
	for _, name := range Names(Reports) {
		f, _ := Lookup(name, Reports)
		b.Run(name, func(b *testing.B) {
			w := f.NewReportWriter(io.Discard, Options{All: true})
			if err := w.Begin(Run{Plan: p.Info}); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := w.Report(rep); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// fullReport is the check of a full actuals file (a figure for every
// indicator of the default plan), with its plan.
func fullReport(b *testing.B) (*indicators.Plan, check.Report) {
	p := seeds.Plan()
	data, err := os.ReadFile("testdata/full.toml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := check.Load("full.toml", data, p)
	if err != nil {
		b.Fatal(err)
	}
	return p, check.Evaluate(p, a)
}
