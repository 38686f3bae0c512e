package indicators

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// MaxDocumentSize is the largest plan document ReadFile reads: a plan with
// its annex is tens of kilobytes, a saved web page a few hundred.
const MaxDocumentSize = 8 << 20

// ReadFile reads the plan at path: a plan file (.toml, see Document) or a
// plan document, whose table it chooses as opts says. It refuses a file
// larger than MaxDocumentSize without reading it all.
func ReadFile(path string, opts Options) (*Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read plan: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxDocumentSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read plan %s: %w", path, err)
	}
	if len(data) > MaxDocumentSize {
		return nil, fmt.Errorf("%s: larger than %d MiB, too large for a plan document", path, MaxDocumentSize>>20)
	}
	if strings.EqualFold(filepath.Ext(path), ".toml") {
		return ReadPlanFile(path, data)
	}
	return ReadWith(path, data, opts)
}
