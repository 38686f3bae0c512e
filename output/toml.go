package output

import (
	"io"

	"github.com/BurntSushi/toml"

	"plan/indicators"
)

// tomlFormat is a plan file: the plan's document in TOML, which a person
// can edit and pass back with --plan. It writes rules only.
func tomlFormat() Format {
	return Format{Name: "toml", WriteRules: writeRulesTOML}
}

// writeRulesTOML writes a plan as a plan file, with a comment saying how
// to use it.
func writeRulesTOML(w io.Writer, p *indicators.Plan) error {
	ew := newErrWriter(w)
	ew.printf("# %s: the target table as typed rules.\n", p.Info.Title)
	ew.printf("# Fix a reading or add a missing target, then pass this file back with --plan.\n")
	ew.printf("# An indicator with a target and no [indicators.rule] has its target read again.\n\n")
	if err := toml.NewEncoder(ew).Encode(indicators.NewDocument(p)); err != nil {
		return err
	}
	return ew.err
}
