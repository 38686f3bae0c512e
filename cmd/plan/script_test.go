package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain makes the plan command available to the scripts as a program.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"plan": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script, one per
// behaviour. -update rewrites the files they compare with.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true, // plan runs as a program: exec plan, or exitcode N plan
		RequireUniqueNames:  true, // a file of a script is not written twice
		Setup: func(env *testscript.Env) error {
			if err := copyFiles("../../examples/*.toml", filepath.Join(env.WorkDir, "examples")); err != nil {
				return err
			}
			return copyFiles("../../testdata/plans/*.*", filepath.Join(env.WorkDir, "plans"))
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode": exitcode,
			"devfull":  devfull,
			"mkfifo":   mkfifo,
		},
	})
}

// exitcode runs a program and checks its exit status: exitcode 2 plan check bad.toml.
func exitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exitcode: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%v exited %d, want %d", args[1:], got, want)
	}
}

// devfull runs a program with its standard output on /dev/full, a device
// that refuses every write as a full disk does, and checks its exit
// status: devfull 2 plan check q1.toml. Its standard error is kept for the
// script's stderr command.
func devfull(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: devfull N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("devfull: %v", err)
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		ts.Fatalf("devfull: %v", err)
	}
	defer full.Close()
	path, err := exec.LookPath(args[1]) // testscript.Main put the program on $PATH
	if err != nil {
		ts.Fatalf("devfull: %v", err)
	}
	cmd := exec.Command(path, args[2:]...)
	cmd.Dir = ts.MkAbs(".")
	cmd.Env = append(os.Environ(), "HOME="+ts.Getenv("HOME"), "NO_COLOR="+ts.Getenv("NO_COLOR"))
	cmd.Stdout = full
	cmd.Stderr = ts.Stderr()
	got := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("devfull: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%v with its output on /dev/full exited %d, want %d", args[1:], got, want)
	}
}

// copyFiles puts the repository's files matching pattern in a directory of
// a script's work directory, so that scripts name them as a user would:
// examples/…, plans/….
func copyFiles(pattern, dir string) error {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
