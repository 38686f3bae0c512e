package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"plan/check"
)

const checkLong = `Check a TOML file of actual figures against the plan's targets.

Each indicator with a rule is judged pass, warn, fail or missing, with a short
note: the margin, what is needed, a stretch met, or a unit to check. The table
folds missing indicators into one line; --all lists them in full.

Exit status: 0 when no result reaches the --fail-on level, 1 when one does,
2 for a usage or input error. The levels: fail (any fail), warn (any warn or
fail), missing (anything missing, warn or fail).

The file format, the verdict rules and the tolerances are in README.md.`

// checkFlags are the flags of plan check.
type checkFlags struct {
	format string
	failOn string
	lang   string
	all    bool
}

// newCheckCmd builds "plan check".
func newCheckCmd(opts *options) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check [flags] FILE",
		Short: "Check a file of actual figures against the plan's targets",
		Long:  checkLong,
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return runCheck(opts, f, args)
		},
	}
	cmd.Flags().StringVar(&f.format, "format", "table", "output format: "+strings.Join(check.Formats(), ", "))
	cmd.Flags().StringVar(&f.failOn, "fail-on", "fail", "exit 1 when a result reaches this level: fail, warn or missing")
	cmd.Flags().StringVar(&f.lang, "lang", "zh", "names in the table: zh (as printed) or en (English)")
	cmd.Flags().BoolVar(&f.all, "all", false, "list missing indicators in full in the table")
	return cmd
}

// runCheck checks the files and sets the exit status.
func runCheck(opts *options, f checkFlags, files []string) error {
	level, ok := check.ParseFailOn(f.failOn)
	if !ok {
		return usageErr("--fail-on %q: use fail, warn or missing", f.failOn)
	}
	if f.lang != "zh" && f.lang != "en" {
		return usageErr("--lang %q: use zh or en", f.lang)
	}
	r, err := check.NewRenderer(f.format, check.RenderOptions{Lang: f.lang, All: f.all})
	if err != nil {
		return usageErr("%v", err)
	}
	p, err := loadPlan(opts)
	if err != nil {
		return err
	}
	var reports []check.Report
	for _, file := range files {
		a, err := check.LoadFile(file, p)
		if err != nil {
			return &exitError{code: exitBadUse, err: err}
		}
		reports = append(reports, check.Evaluate(p, a))
	}
	doc := check.NewDocument(p.Info, reports...)
	if err := r.Render(opts.stdout, doc); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if doc.Summary.Reaches(level) {
		return &exitError{code: exitFailed}
	}
	return nil
}

// errorLines splits a joined error into its lines, for one "plan:" each.
func errorLines(err error) []string {
	var joined interface{ Unwrap() []error }
	if errors.As(err, &joined) {
		var lines []string
		for _, e := range joined.Unwrap() {
			lines = append(lines, e.Error())
		}
		return lines
	}
	return strings.Split(err.Error(), "\n")
}
