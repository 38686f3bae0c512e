// Package seeds holds the default plan: the document, the 2023 plan of
// Shaoxing (绍兴市国民经济和社会发展计划), and the plan the reader makes of
// it, generated ahead of time as Go source (plan_gen.go) so that a run does
// not read the document again. The command uses Plan when no --plan is
// given; tests use it as a plan of every kind of row.
package seeds

import _ "embed"

//go:generate go run generate.go

//go:embed shaoxing-2023.txt
var shaoxing2023 string

// DefaultName is the name under which the embedded plan appears in messages.
const DefaultName = "shaoxing-2023.txt (embedded)"

// Default returns the text of the embedded default plan.
func Default() []byte { return []byte(shaoxing2023) }
