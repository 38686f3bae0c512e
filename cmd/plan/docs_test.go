package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// readme is the project's README.
func readme(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestREADMEGoVersion checks that the README asks for the Go that go.mod
// names.
func TestREADMEGoVersion(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	if want := "Go " + string(m[1]) + " or later"; !strings.Contains(readme(t), want) {
		t.Errorf("the README does not say %q", want)
	}
}

// TestREADMEUsageLinesListEveryFlag checks that each command's usage line
// in the README names every flag the command takes.
func TestREADMEUsageLinesListEveryFlag(t *testing.T) {
	text := readme(t)
	root := newRootCmd(&options{})
	for _, cmd := range root.Commands() {
		if cmd.IsAdditionalHelpTopicCommand() || cmd.Hidden || cmd.Name() == "help" || cmd.Name() == "completion" {
			continue
		}
		usage := usageLine(text, cmd)
		if usage == "" {
			t.Errorf("the README has no usage line for plan %s", cmd.Name())
			continue
		}
		cmd.InheritedFlags().VisitAll(func(f *pflag.Flag) { wantFlag(t, cmd, usage, f) })
		cmd.LocalFlags().VisitAll(func(f *pflag.Flag) { wantFlag(t, cmd, usage, f) })
	}
}

// usageLine is the README's usage line of a command, with the lines that
// continue it.
func usageLine(text string, cmd *cobra.Command) string {
	start := strings.Index(text, "\nplan "+cmd.Name()+" [")
	if start < 0 {
		return ""
	}
	end := strings.Index(text[start+1:], "\n```")
	if next := strings.Index(text[start+1:], "\nplan "); next >= 0 && next < end {
		end = next
	}
	return text[start : start+1+end]
}

// wantFlag checks that a usage line names a flag.
func wantFlag(t *testing.T, cmd *cobra.Command, usage string, f *pflag.Flag) {
	t.Helper()
	if f.Name == "help" || f.Name == "version" {
		return
	}
	if !strings.Contains(usage, "--"+f.Name) {
		t.Errorf("the README's usage line of plan %s does not name --%s:\n%s", cmd.Name(), f.Name, usage)
	}
}
