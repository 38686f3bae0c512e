// Package indicators reads the target table of a Chinese annual economic plan
// (国民经济和社会发展计划) into typed rules.
//
// Read takes a plan document as people have it (text copied from a web page,
// one cell a line or one row a line with | between cells, or the saved HTML
// page), finds its target table and returns a Plan: one Indicator per row,
// sub-row and part of a compound target, each with a Rule (kind, figures,
// unit, polarity) and a Nature. ParseTarget is the rule grammar for one
// target cell; Symbol writes a rule back in symbols that ParseTarget reads.
// The package uses the standard library only, but for golang.org/x/net/html.
package indicators
