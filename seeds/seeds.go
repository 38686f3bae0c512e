// Package seeds holds the default plan document: the 2023 plan of Shaoxing
// (绍兴市国民经济和社会发展计划). The command uses it, read ahead of time into
// Go code, when no --plan is given; tests read it as a document.
package seeds

import _ "embed"

//go:embed shaoxing-2023.txt
var shaoxing2023 string

// DefaultName is the name under which the embedded plan appears in messages.
const DefaultName = "shaoxing-2023.txt (embedded)"

// Default returns the text of the embedded default plan.
func Default() []byte { return []byte(shaoxing2023) }
