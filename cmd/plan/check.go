package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"plan/check"
	"plan/output"
)

const checkLong = `Check TOML files of actual figures against the plan's targets.

Each indicator with a rule is judged pass, warn, fail or missing, with a short
note: the margin, what is needed, a stretch met, or a unit to check. The table
folds missing indicators into one line; --all lists them in full.

Each FILE is a report, in the order given. A directory stands for its *.toml
files, sorted (not those of its subdirectories); hidden files (._q3.toml,
.#q3.toml) and anything that is not a regular file are skipped, each with a
line on stderr. A file reached twice is checked once. "-" reads standard
input, and a file named here may be a pipe. A file that cannot be read is
reported on stderr with its name, and the others are still checked. A file
may name its plan document (plan = "plans/huzhou-2024.txt"); each plan is
read once, and --plan is the plan of the files that name none.

Files that are different periods of the plan's year show as one table with a
column per period (--trend auto); --trend or --trend=on insists on it,
--trend=off shows a table per file.

--quiet leaves out what is not a problem in the table, markdown and github
formats; json, jsonl, csv and junit always write every result. --summary
writes one line per file and the totals instead of the results (table and
markdown), for CI logs; with --quiet, only the lines of files with a warn,
a fail or an error.

Exit status: 0 when no result reaches the --fail-on level, 1 when one does,
2 for a usage or input error (it wins over 1). The levels: fail (any fail),
warn (any warn or fail), missing (anything missing, warn or fail).

"plan help actuals" describes the file; "plan help verdicts" how each
target is judged.`

// checkFlags are the flags of plan check.
type checkFlags struct {
	format  string
	failOn  string
	lang    string
	color   string
	trend   string
	period  string
	jobs    int
	all     bool
	quiet   bool
	summary bool
	strict  bool
}

// newCheckCmd builds "plan check".
func newCheckCmd(opts *options) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check [flags] FILE|DIR|-...",
		Short: "Check files of actual figures against the plan's targets",
		Long:  checkLong,
		Args: wantArgs(func(n int) bool { return n > 0 },
			"check needs a file of actuals or a directory of them: plan check FILE (plan init writes a template)"),
		RunE: func(_ *cobra.Command, args []string) error {
			return runCheck(opts, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "table", "output format: "+strings.Join(output.Names(output.Reports), ", "))
	fl.StringVar(&f.failOn, "fail-on", "fail", "exit 1 when a result reaches this level: fail, warn or missing")
	fl.StringVar(&f.lang, "lang", "zh", "names of indicators: zh (as printed) or en (English)")
	fl.StringVar(&f.color, "color", "auto", "colour the statuses: auto (on a terminal, unless NO_COLOR is set and not empty), always or never")
	fl.StringVar(&f.trend, "trend", "auto", "one table with a column per period: auto (when the files are periods of one year), on or off; --trend alone is on")
	fl.Lookup("trend").NoOptDefVal = "on" // so that --trend q1.toml q2.toml takes both files
	fl.BoolVar(&f.all, "all", false, "list missing indicators in full")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print only the summary line and the problems ("+strings.Join(output.QuietNames(), ", ")+")")
	fl.BoolVar(&f.summary, "summary", false, "one line per file and the totals, for CI logs ("+strings.Join(output.SummaryNames(), ", ")+"); with --quiet, only the files with a problem")
	fl.StringVar(&f.period, "period", "", "the period of files that give none: 2024 (the whole year), 2024-Q1 … 2024-Q4, or 2024-05 (January to May); a file that gives another is an error")
	fl.BoolVar(&f.strict, "strict", false, "exit 2 when a figure looks like one in the wrong unit (a fail either way), or the reading of a plan document has a guess")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "how many files to judge at once (default: as many as Go runs at once, GOMAXPROCS: the number of cores); the output is the same whatever the number")
	return cmd
}

// trendValueAsFile refuses "--trend off q1.toml": --trend alone means on, so
// "off" would be read as a file. A value of --trend given as an argument,
// where no file has that name, is a usage error saying how to write it.
func (f checkFlags) trendValueAsFile(args []string) error {
	for _, arg := range args {
		switch arg {
		case "auto", "on", "off":
			if _, err := os.Stat(arg); err != nil {
				return &usageError{msg: fmt.Sprintf("%s: no such file", arg), hint: fmt.Sprintf("write --trend=%s: --trend alone means on", arg)}
			}
		}
	}
	return nil
}

// outputOptions checks the flags and turns them into options for a format.
func (f checkFlags) outputOptions(opts *options, format output.Format) (output.Options, error) {
	if f.quiet && !format.Quiet {
		return output.Options{}, usageErr("--quiet with --format %s: %s writes every result; --quiet applies to %s", format.Name, format.Name, strings.Join(output.QuietNames(), ", "))
	}
	if err := f.summaryFits(format); err != nil {
		return output.Options{}, err
	}
	level, ok := check.ParseFailOn(f.failOn)
	if !ok {
		return output.Options{}, usageErr("--fail-on %q: use fail, warn or missing", f.failOn)
	}
	if f.trend != "auto" && f.trend != "on" && f.trend != "off" {
		return output.Options{}, usageErr("--trend %q: use auto, on or off", f.trend)
	}
	if f.jobs < 0 {
		return output.Options{}, usageErr("--jobs %d: give the number of files to judge at once, or 0 for as many as there are cores", f.jobs)
	}
	if f.lang != "zh" && f.lang != "en" {
		return output.Options{}, usageErr("--lang %q: use zh or en", f.lang)
	}
	color, err := useColor(f.color, opts)
	if err != nil {
		return output.Options{}, err
	}
	return output.Options{Lang: f.lang, All: f.all, Quiet: f.quiet, Summary: f.summary, Color: color, FailOn: level}, nil
}

// summaryFits refuses --summary where it means nothing: with a format
// that writes every result, with --all (which lists results), and with
// --trend on (a line per file is no table of periods).
func (f checkFlags) summaryFits(format output.Format) error {
	switch {
	case !f.summary:
		return nil
	case !format.Summary:
		return usageErr("--summary with --format %s: %s writes every result; --summary applies to %s", format.Name, format.Name, strings.Join(output.SummaryNames(), ", "))
	case f.all:
		return usageErr("--summary with --all: --all lists every result, --summary none")
	case f.trend == "on":
		return usageErr("--summary with --trend on: --summary writes a line per file, not the trend view")
	}
	return nil
}

// useColor decides on colour: always, never, or auto (stdout is a terminal
// and NO_COLOR is not set). NO_COLOR wins over always too.
func useColor(mode string, opts *options) (bool, error) {
	if os.Getenv("NO_COLOR") != "" {
		if mode != "auto" && mode != "always" && mode != "never" {
			return false, usageErr("--color %q: use auto, always or never", mode)
		}
		return false, nil
	}
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return opts.terminal, nil
	}
	return false, usageErr("--color %q: use auto, always or never", mode)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
