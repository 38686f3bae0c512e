package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses. A failing target (1) is never confused with broken input (2).
const (
	exitOK      = 0
	exitFailed  = 1
	exitBadUse  = 2
	programName = "plan"
)

// exitError carries an exit status out of a command; a nil-message one only
// sets the status (the command has already said what it needed to).
type exitError struct {
	code int
	err  error
}

// Error is the message of the error carried, or the status alone.
func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// options are the flags shared by every command.
type options struct {
	planFile string
	table    int
	stdout   io.Writer
	stderr   io.Writer
}

// run runs the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	opts := &options{stdout: stdout, stderr: stderr}
	root := newRootCmd(opts)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			for _, line := range errorLines(ee.err) {
				errorf(stderr, "%s", line)
			}
		}
		return ee.code
	}
	errorf(stderr, "%v", err)
	if strings.Contains(err.Error(), "unknown command") || strings.Contains(err.Error(), "flag") {
		fmt.Fprintf(stderr, "%s: hint: run '%s help' for usage\n", programName, programName)
	}
	return exitBadUse
}

// errorf prints one error line on stderr, prefixed "plan:".
func errorf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "%s: %s\n", programName, fmt.Sprintf(format, args...))
}

const rootLong = `plan reads the target table of a Chinese annual economic plan
(国民经济和社会发展计划) into typed, checkable rules, and tells for a file of
actual figures which targets are met, at risk or missed.

The default plan is the 2023 plan of Shaoxing (绍兴), embedded in the binary;
pass another with --plan FILE.

Exit status: 0 all well, 1 a target reached the --fail-on level, 2 a usage or
input error.`

// newRootCmd builds the command tree.
func newRootCmd(opts *options) *cobra.Command {
	root := &cobra.Command{
		Use:           programName,
		Short:         "Check actual figures against the targets of an annual economic plan",
		Long:          rootLong,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&opts.planFile, "plan", "", "plan document to read (default: the embedded Shaoxing 2023 plan)")
	root.PersistentFlags().IntVar(&opts.table, "table", 0, "which target table of the plan document to read, from 1 (default: the latest target year)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: exitBadUse, err: fmt.Errorf("%w (run '%s help' for usage)", err, programName)}
	})
	root.AddCommand(newRulesCmd(opts), newCheckCmd(opts), newInitCmd(opts), newExplainCmd(opts))
	return root
}
