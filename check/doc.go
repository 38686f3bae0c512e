// Package check evaluates a file of actual figures against the rules of a
// plan: it loads TOML actuals files, judges each indicator pass, warn, fail
// or missing by its rule, nature and the file's period, gathers the reports
// of several files (and their trend when they are periods of one year), and
// renders them as a table, JSON, CSV, Markdown, JUnit XML or GitHub Actions
// workflow commands.
package check
