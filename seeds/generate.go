//go:build ignore

// Generate writes plan_gen.go: the default plan as the reader reads
// shaoxing-2023.txt, as Go source. Run it with "go generate ./seeds" (or
// "go generate ./..."); TestPlanUpToDate fails when it is out of date.
package main

import (
	"fmt"
	"os"

	"plan/indicators"
	"plan/seeds/internal/gogen"
)

func main() {
	if err := generate(); err != nil {
		fmt.Fprintf(os.Stderr, "generate: %v\n", err)
		os.Exit(1)
	}
}

// generate reads the document and writes the file. It reads the document
// from disk, not through package seeds, so that it runs even when the file
// it replaces no longer compiles.
func generate() error {
	data, err := os.ReadFile("shaoxing-2023.txt")
	if err != nil {
		return err
	}
	p, err := indicators.Read("shaoxing-2023.txt (embedded)", data)
	if err != nil {
		return err
	}
	src, err := gogen.PlanFile("seeds", "shaoxing-2023.txt", "go generate ./seeds", p)
	if err != nil {
		return err
	}
	return os.WriteFile("plan_gen.go", src, 0o644)
}
