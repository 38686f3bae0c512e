// Package check evaluates a file of actual figures against the rules of a
// plan: it loads TOML actuals files, judges each indicator pass, warn, fail
// or missing by its rule, nature and the file's period, and keeps the
// verdicts as data: a Report per file, the Totals of a run and its exit
// status, and the Trend of files that are periods of one year. Package
// output draws them.
package check
