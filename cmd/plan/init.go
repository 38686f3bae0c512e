package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"plan/input"
	"plan/output"
)

const initLong = `Write a template actuals file with every indicator of the plan: its key, and
as a comment its ID, name, target and unit. The values are commented out, so
the template checks cleanly until figures are filled in.

Without -o the template goes to stdout. An existing file is never
overwritten unless --force is given, and then only once the new template is
written whole: a failed write leaves the old file as it was.

"plan help actuals" describes the file.`

// newInitCmd builds "plan init".
func newInitCmd(opts *options) *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "init [-o FILE [--force]]",
		Short: "Write a template actuals file for the plan",
		Long:  initLong,
		Args:  noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			p, err := loadPlan(opts)
			if err != nil {
				return err
			}
			write := func(w io.Writer) error { return output.WriteTemplate(w, p) }
			if out == "" {
				if err := write(opts.stdout); err != nil {
					return writeErr("the template", err)
				}
				return nil
			}
			return writeFile(out, force, write)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the template to FILE instead of stdout")
	cmd.Flags().BoolVar(&force, "force", false, "replace FILE if it exists")
	return cmd
}

// writeFile writes a file at path with write. Without force an existing
// file is an error, and a file left half written by a failed write is
// removed. With force the file is written beside the old one under a
// temporary name and renamed over it, so that a failed write never leaves
// the old file cut short; a link is followed, and a device or a pipe is
// never replaced by a file.
func writeFile(path string, force bool, write func(io.Writer) error) error {
	if !force {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			return inputErr(&input.Error{Pos: input.Pos{File: path}, Msg: "already exists: not overwritten", Hint: "use --force to replace it"})
		}
		if err != nil {
			return writeErr(path, err)
		}
		if err := writeClose(f, write); err != nil {
			os.Remove(path)
			return writeErr(path, err)
		}
		return nil
	}
	path, ok := throughLinks(path) // a link is written through: the file it points to is replaced, the link kept
	if !ok {
		return inputErr(&input.Error{Pos: input.Pos{File: path}, Msg: "links that point to each other in a loop: not replaced", Hint: "write to a file with -o FILE"})
	}
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if !info.Mode().IsRegular() {
			return inputErr(&input.Error{Pos: input.Pos{File: path}, Msg: "not a regular file (a directory, a device or a pipe): not replaced",
				Hint: "write to a file with -o FILE"})
		}
		mode = info.Mode().Perm() // the new file keeps the old one's permissions
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeErr(path, err)
	}
	err = writeClose(tmp, write)
	if err == nil {
		err = os.Chmod(tmp.Name(), mode)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return writeErr(path, err)
	}
	return nil
}

// throughLinks is the file a path names through its links, even one that
// does not exist yet (a link to a file to be written); the path itself
// when it is no link. It reports false for links in a loop.
func throughLinks(path string) (string, bool) {
	for range maxLinks {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, true
		}
		target, err := os.Readlink(path)
		if err != nil {
			return path, true
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return path, false
}

// maxLinks is how many links throughLinks follows: a chain longer than the
// system's own limit (40 on Linux) is a loop.
const maxLinks = 40

// writeClose writes a file with write and closes it, returning the first
// error: a write error, or the close's (where a delayed write error shows).
func writeClose(f *os.File, write func(io.Writer) error) error {
	err := write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
