package check

import (
	"fmt"
	"io"
	"strings"

	"plan/indicators"
)

// Renderer draws a checked document in one output format.
type Renderer interface {
	Render(w io.Writer, d *Document) error
}

// RenderOptions are the choices a person makes about output.
type RenderOptions struct {
	Lang string // "zh" (names as printed) or "en" (English names where known)
	All  bool   // show missing results in full, not as a list of IDs
}

// Formats lists the output formats of plan check, in the order of --help.
func Formats() []string { return []string{"table", "json"} }

// NewRenderer returns the renderer of a format, or an error naming the
// formats there are.
func NewRenderer(format string, opts RenderOptions) (Renderer, error) {
	switch format {
	case "table":
		return tableRenderer{opts}, nil
	case "json":
		return jsonRenderer{}, nil
	}
	return nil, fmt.Errorf("unknown format %q: use one of %s", format, strings.Join(Formats(), ", "))
}

// SummaryLine writes a summary as one line: "49 indicators: 3 pass, 1 warn,
// 0 fail, 45 missing".
func SummaryLine(s Summary) string {
	return fmt.Sprintf("%d indicators: %d pass, %d warn, %d fail, %d missing", s.Total(), s.Pass, s.Warn, s.Fail, s.Missing)
}

// displayName is the indicator's name in the language asked for.
func displayName(r Result, lang string) string {
	if lang == "en" && r.NameEn != "" {
		return r.NameEn
	}
	return r.Name
}

// displayCategory is the category in the language asked for.
func displayCategory(c, lang string) string {
	if lang == "en" {
		return indicators.CategoryEn(c)
	}
	return c
}
