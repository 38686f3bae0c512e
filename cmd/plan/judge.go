package main

import (
	"bytes"
	"fmt"
	"io"

	"plan/check"
	"plan/indicators"
)

// judge reads and judges the files of a check run, one file a call, from
// any number of goroutines at once.
type judge struct {
	plan  *indicators.Plan // the run's plan: --plan, or the embedded one
	lopts check.LoadOptions
	stdin io.Reader
}

// judged is the check of one file and what plan says about it on stderr,
// which are written together, in the order the files were listed.
type judged struct {
	rep  check.Report
	msgs []byte
}

// loaded is a file read and loaded, ready to be judged: its figures, or
// why it cannot be checked, and what plan says about it on stderr.
type loaded struct {
	name    string
	actuals *check.Actuals // nil when the file cannot be checked
	err     error          // why it cannot
	msgs    []byte
}

// file reads, loads and judges the file listed as arg.
func (j judge) file(arg string) judged {
	return j.evaluate(j.load(arg))
}

// load reads and loads the file listed as arg ("-" for standard input),
// noting its errors, or an encoding other than UTF-8.
func (j judge) load(arg string) loaded {
	var msgs bytes.Buffer
	msg := messages{w: &msgs}
	l := j.loadFrom(arg)
	switch {
	case l.err != nil:
		msg.errors(l.err)
	case l.actuals.Encoding != "" && l.actuals.Encoding != "UTF-8":
		msg.notef("%s: read as %s: %s", l.name, l.actuals.Encoding, l.actuals.EncodingReason)
	}
	l.msgs = msgs.Bytes()
	return l
}

// loadFrom reads and loads a file.
func (j judge) loadFrom(arg string) loaded {
	name, data, err := j.read(arg)
	if err != nil {
		return loaded{name: name, err: err}
	}
	a, err := j.lopts.Load(name, data, j.plan)
	return loaded{name: name, actuals: a, err: err}
}

// evaluate judges a file loaded.
func (j judge) evaluate(l loaded) judged {
	if l.err != nil {
		return judged{rep: check.Failed(l.name, l.err), msgs: l.msgs}
	}
	a := l.actuals
	rep := check.Evaluate(a.Against, a)
	if a.Against != j.plan {
		rep.Plan = &check.PlanRef{File: a.PlanFile, Info: a.Against.Info}
	}
	return judged{rep: rep, msgs: l.msgs}
}

// read reads the bytes of the file listed as arg, standard input for "-",
// and returns its name in messages and reports.
func (j judge) read(arg string) (string, []byte, error) {
	if arg != stdinArg {
		data, err := check.ReadFile(arg)
		return arg, data, err
	}
	data, err := io.ReadAll(io.LimitReader(j.stdin, check.MaxActualsSize+1))
	switch {
	case err != nil:
		err = fmt.Errorf("%s: cannot read: %s", stdinName, reason(err))
	case len(data) > check.MaxActualsSize:
		err = fmt.Errorf("%s: larger than %d KiB, far larger than any actuals file: is it the right input?", stdinName, check.MaxActualsSize>>10)
	}
	return stdinName, data, err
}
