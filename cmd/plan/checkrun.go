package main

import (
	"bufio"
	"runtime"

	"plan/check"
	"plan/indicators"
	"plan/input"
	"plan/output"
)

// outputBuffer is the size of the buffer between the reports and standard
// output: enough for the reports of several files in one write, so that a
// run over many files makes few system calls. It is flushed whenever the
// next file is not judged yet, so a person still sees each report as soon
// as it is ready.
const outputBuffer = 64 << 10

// runCheck checks the files and sets the exit status. The files are judged
// on --jobs goroutines and written in the order listed, each report with
// its messages on stderr, then dropped: a run holds a window of reports,
// whatever the number of files. When the files may be the periods of one
// year (2 to check.MaxTrendPeriods of them) they are first loaded and
// judged to see whether they make a trend view, keeping only the view's
// cells and each file's figures, which are judged again as they are
// written (judging is the cheap part: reading and loading are not done
// twice).
func runCheck(opts *options, f checkFlags, args []string) error {
	format, err := output.Lookup(f.format, output.Reports)
	if err != nil {
		return usageErr("%v", err)
	}
	ro, err := f.outputOptions(opts, format)
	if err != nil {
		return err
	}
	if err := f.trendValueAsFile(args); err != nil {
		return err
	}
	files, err := collectFiles(args, opts.msg)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageErr("nothing to check: every file given was skipped")
	}
	p, err := loadPlan(opts)
	if err != nil {
		return err
	}
	if f.jobs == 0 {
		f.jobs = runtime.GOMAXPROCS(0)
	}
	plans := newPlanCache(indicators.Options{Encoding: opts.encoding}, opts.planFile, p)
	r := checkRun{
		flags: f,
		opts:  opts,
		judge: judge{plan: p, lopts: check.LoadOptions{Period: f.period, Encoding: opts.encoding, Plans: plans.plan}, stdin: opts.stdin},
		files: files,
	}
	trend := r.lookAhead()
	if f.trend == "on" && trend == nil {
		return usageErr("--trend on needs two or more files, all read, each a different period of %d", p.Info.Year)
	}
	totals, err := r.write(format, ro, trend)
	if err != nil {
		return err
	}
	code := totals.ExitCode(ro.FailOn)
	if f.strict && len(r.slips) > 0 {
		opts.msg.errors(r.slips.Err())
		code = exitBadUse
	}
	for _, g := range plans.guessed() {
		opts.msg.errorf("%s: the reader made %d guess(es) reading this plan, which the verdicts rest on; plan rules --plan %s lists them", g.path, g.n, g.path)
		if f.strict {
			code = exitBadUse
		}
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// checkRun is one run of plan check over its files.
type checkRun struct {
	flags checkFlags
	opts  *options
	judge judge
	files []string
	ahead []loaded        // each file loaded, when the files were looked at ahead
	slips input.ErrorList // under --strict, each figure that looks like one in the wrong unit
}

// unitSlips are a report's figures that look like figures in the wrong
// unit, each an error at its place, which --strict refuses.
func unitSlips(rep check.Report) input.ErrorList {
	var list input.ErrorList
	for _, res := range rep.Results {
		if res.UnitSlip {
			list.Append(&input.Error{Pos: input.Pos{File: rep.File, Line: res.Line}, Key: res.ID,
				Msg: res.Note + ": --strict refuses a figure in the wrong unit", Hint: "give the figure in the unit of its target"})
		}
	}
	return list
}

// lookAhead judges the files that may make a trend view and returns the
// view, or nil. It keeps each file loaded, so that a file is read once
// (standard input and pipes can be read only once) and judged the same
// both times.
func (r *checkRun) lookAhead() *check.Trend {
	n := len(r.files)
	if r.flags.trend == "off" || r.flags.summary || n < 2 || n > check.MaxTrendPeriods {
		return nil
	}
	r.ahead = make([]loaded, n)
	b := check.NewTrendBuilder(r.judge.plan.Info)
	o := ordered[check.Report]{
		workers: r.flags.jobs,
		work: func(i int) check.Report {
			r.ahead[i] = r.judge.load(r.files[i])
			return r.judge.evaluate(r.ahead[i]).rep
		},
		emit: func(rep check.Report) error { b.Add(rep); return nil },
	}
	o.run(n) // cannot fail: emit does not
	trend, _ := b.Trend()
	return trend
}

// write judges the files and writes their reports in the order listed,
// with the messages of each file on stderr just before its report.
func (r *checkRun) write(format output.Format, ro output.Options, trend *check.Trend) (check.Totals, error) {
	var totals check.Totals
	out := bufio.NewWriterSize(r.opts.stdout, outputBuffer)
	w := format.NewReportWriter(out, ro)
	if err := w.Begin(output.Run{Plan: r.judge.plan.Info, Trend: trend != nil}); err != nil {
		return totals, writeErr("the report", err)
	}
	o := ordered[judged]{
		workers: r.flags.jobs,
		work:    r.judgeFile,
		emit: func(j judged) error {
			totals.Add(j.rep)
			if r.flags.strict {
				r.slips = append(r.slips, unitSlips(j.rep)...)
			}
			if len(j.msgs) > 0 {
				if err := out.Flush(); err != nil { // the reports before, then the messages
					return err
				}
				r.opts.stderr.Write(j.msgs)
			}
			return w.Report(j.rep)
		},
		idle: out.Flush,
	}
	if err := o.run(len(r.files)); err != nil {
		return totals, writeErr("the report", err)
	}
	if err := w.End(totals, trend); err != nil {
		return totals, writeErr("the report", err)
	}
	if err := out.Flush(); err != nil {
		return totals, writeErr("the report", err)
	}
	return totals, nil
}

// judgeFile judges the i-th file: the one loaded ahead (which it then
// drops), else read and loaded now.
func (r *checkRun) judgeFile(i int) judged {
	if r.ahead != nil {
		l := r.ahead[i]
		r.ahead[i] = loaded{}
		return r.judge.evaluate(l)
	}
	return r.judge.file(r.files[i])
}
