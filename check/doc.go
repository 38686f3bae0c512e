// Package check evaluates a file of actual figures against the rules of a
// plan: it loads the TOML actuals file, judges each indicator pass, warn, fail
// or missing, and renders the reports as a table or JSON.
package check
