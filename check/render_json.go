package check

import (
	"encoding/json"
	"io"
)

// jsonRenderer writes the document as JSON, schema 1.
type jsonRenderer struct{}

// Render writes the document as indented JSON.
func (jsonRenderer) Render(w io.Writer, d *Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}
