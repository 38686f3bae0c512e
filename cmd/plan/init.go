package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"plan/input"
	"plan/output"
)

const initLong = `Write a template actuals file with every indicator of the plan: its key, and
as a comment its ID, name, target and unit. The values are commented out, so
the template checks cleanly until figures are filled in.

Without -o the template goes to stdout. An existing file is never
overwritten unless --force is given.`

// newInitCmd builds "plan init".
func newInitCmd(opts *options) *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "init [-o FILE] [--force]",
		Short: "Write a template actuals file for the plan",
		Long:  initLong,
		Args:  noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			p, err := loadPlan(opts)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := output.WriteTemplate(&buf, p); err != nil {
				return err
			}
			if out == "" {
				_, err := opts.stdout.Write(buf.Bytes())
				return err
			}
			return writeNew(out, buf.Bytes(), force)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the template to FILE instead of stdout")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite FILE if it exists")
	return cmd
}

// writeNew writes data to a new file at path; an existing file is an error
// unless force is set.
func writeNew(path string, data []byte, force bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if os.IsExist(err) {
		return &exitError{code: exitBadUse, err: &input.Error{Pos: input.Pos{File: path}, Msg: "already exists: not overwritten", Hint: "use --force to replace it"}}
	}
	if err != nil {
		return &exitError{code: exitBadUse, err: fmt.Errorf("cannot write %s: %w", path, err)}
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return &exitError{code: exitBadUse, err: fmt.Errorf("cannot write %s: %w", path, err)}
	}
	return f.Close()
}
