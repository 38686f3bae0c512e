package main

import (
	"fmt"
	"io"

	"github.com/BurntSushi/toml"

	"plan/indicators"
)

// writeRulesTOML writes a plan as a plan file.
func writeRulesTOML(w io.Writer, p *indicators.Plan) error {
	doc := indicators.NewDocument(p)
	fmt.Fprintf(w, "# %s: the target table as typed rules.\n", p.Info.Title)
	fmt.Fprintf(w, "# Fix a reading or add a missing target, then pass this file back with --plan.\n")
	fmt.Fprintf(w, "# An indicator with a target and no [indicators.rule] has its target read again.\n\n")
	return toml.NewEncoder(w).Encode(doc)
}
