//go:build !unix

package main

import "github.com/rogpeppe/go-internal/testscript"

// mkfifo is a failure where there are no named pipes: guard it with [unix].
func mkfifo(ts *testscript.TestScript, neg bool, args []string) {
	ts.Fatalf("mkfifo: no named pipes on this system")
}
