package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/spf13/pflag"
	"plan/input"
)

// Exit statuses. A failing target (1) is never confused with broken input (2).
const (
	exitOK      = 0
	exitFailed  = 1
	exitBadUse  = 2
	programName = "plan"
)

// options are the flags shared by every command, and where output goes.
type options struct {
	planFile string
	table    int
	encoding string // the encoding of the plan document and actuals files; "" detects it
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer
	msg      messages
	terminal bool // standard output is a terminal
}

// run runs the command line args and returns the exit status. Standard
// output goes through a writer that keeps its first error, so that no
// failed write (of help text too) ends in exit status 0.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := &recordingWriter{w: stdout}
	opts := &options{stdin: stdin, stdout: out, stderr: stderr, msg: messages{w: stderr}, terminal: isTerminal(stdout)}
	root := newRootCmd(opts)
	root.SetArgs(args)
	root.SetOut(out)
	root.SetErr(stderr)
	code := opts.msg.exit(root.Execute())
	if out.err != nil && code != exitBadUse {
		return opts.msg.exit(writeErr("to standard output", out.err))
	}
	return code
}

// recordingWriter keeps the first error writing to w.
type recordingWriter struct {
	w   io.Writer
	err error
}

// Write writes p, keeping the error if it fails.
func (r *recordingWriter) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
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
		Version:       version(),
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		// A word two edits from a command's name is a typo of it.
		SuggestionsMinimumDistance: 2,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := input.CheckEncoding(opts.encoding); err != nil {
				return &usageError{msg: "--encoding: " + err.Error(), hint: helpHint(cmd)}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			return unknownCommand(cmd, args[0])
		},
	}
	root.PersistentFlags().StringVar(&opts.planFile, "plan", "", "plan document to read (default: the embedded Shaoxing 2023 plan)")
	root.PersistentFlags().IntVar(&opts.table, "table", 0, "which target table of the plan document to read, from 1 (default: the latest target year)")
	root.PersistentFlags().StringVar(&opts.encoding, "encoding", "", "the encoding of the plan document and actuals files: "+strings.Join(input.Encodings(), ", ")+" (default: detected)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{msg: flagMessage(err), hint: helpHint(cmd)}
	})
	root.AddCommand(newRulesCmd(opts), newCheckCmd(opts), newInitCmd(opts), newExplainCmd(opts))
	root.AddCommand(helpTopics()...)
	return root
}

// flagMessage says what is wrong with a flag without the Go parser's own
// words: `--table "x": not a whole number`, not `strconv.ParseInt: …`.
func flagMessage(err error) string {
	var bad *pflag.InvalidValueError
	if !errors.As(err, &bad) {
		return err.Error()
	}
	name := "--" + bad.GetFlag().Name
	switch bad.GetFlag().Value.Type() {
	case "int":
		return fmt.Sprintf("%s %q: not a whole number", name, bad.GetValue())
	case "bool":
		return fmt.Sprintf("%s=%s: a switch is given alone, or as %s=true or %s=false", name, bad.GetValue(), name, name)
	}
	return fmt.Sprintf("%s %q: not a value it takes", name, bad.GetValue())
}

// unknownCommand is the usage error of a word that is not a command, with
// the commands it is near.
func unknownCommand(cmd *cobra.Command, name string) error {
	e := &usageError{msg: fmt.Sprintf("unknown command %q for %q", name, cmd.CommandPath()), hint: helpHint(cmd)}
	if near := cmd.SuggestionsFor(name); !cmd.HasParent() && len(near) > 0 {
		e.hint = "did you mean " + strings.Join(near, " or ") + "? " + e.hint
	}
	return e
}

// helpHint says where the usage of a command is.
func helpHint(cmd *cobra.Command) string {
	if cmd.HasParent() {
		return fmt.Sprintf("run '%s help %s' for usage", programName, cmd.Name())
	}
	return fmt.Sprintf("run '%s help' for usage", programName)
}

// noArgs refuses arguments to a command that takes none.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return unknownCommand(cmd, args[0])
	}
	return nil
}

// wantArgs checks the number of arguments, with a message that says what a
// command takes when it is wrong (exit status 2).
func wantArgs(ok func(n int) bool, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if !ok(len(args)) {
			return &usageError{msg: msg}
		}
		return nil
	}
}

// version is the module's version as the build recorded it: a release
// tag, a pseudo-version, or "(devel)" for a build from a working tree.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" {
		return "(devel)"
	}
	return info.Main.Version
}
