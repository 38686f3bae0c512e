package check

import (
	"io"
	"testing"
)

// BenchmarkRender renders the check of a full actuals file in each format.
func BenchmarkRender(b *testing.B) {
	p, a := loadFull(b)
	doc := NewDocument(p.Info, Evaluate(p, a))
	for _, format := range Formats() {
		r, err := NewRenderer(format, RenderOptions{All: true})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				if err := r.Render(io.Discard, doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
