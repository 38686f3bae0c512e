package main

import (
	"bytes"
	"flag"
	"fmt"
	"github.com/BurntSushi/toml"
	"github.com/rogpeppe/go-internal/diff"
	"io"
	"os"
	"path/filepath"
	"plan/output"
	"runtime"
	"strings"
	"testing"
)

var (
	scaleDir   = flag.String("scale.dir", "", "TestWriteScaleFiles writes generated actuals files into this directory")
	scaleFiles = flag.Int("scale.files", 50000, "the number of files TestWriteScaleFiles writes")
)

// TestWriteScaleFiles writes the generated files of the scale benchmarks
// into -scale.dir, for measuring the built binary on them.
func TestWriteScaleFiles(t *testing.T) {
	if *scaleDir == "" {
		t.Skip("give -scale.dir DIR to write the generated files")
	}
	if err := os.MkdirAll(*scaleDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := writeScaleFiles(*scaleDir, *scaleFiles, 1); err != nil {
		t.Fatal(err)
	}
}

// TestScaleFilesCheck keeps the generator honest: its files are all read,
// with figures that pass, warn and fail.
func TestScaleFilesCheck(t *testing.T) {
	dir := t.TempDir()
	if err := writeScaleFiles(dir, 200, 1); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runPlan(t, "check", "--format", "csv", dir)
	if code != exitFailed || errOut != "" {
		t.Fatalf("plan check on generated files: exit %d, stderr:\n%s", code, errOut)
	}
	_ = out
}

// BenchmarkFloor decodes generated files with BurntSushi/toml alone.
func BenchmarkFloor(b *testing.B) {
	dir := b.TempDir()
	if err := writeScaleFiles(dir, 10000, 1); err != nil {
		b.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	entries, _ := os.ReadDir(dir)
	for b.Loop() {
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				b.Fatal(err)
			}
			var v map[string]any
			if _, err := toml.Decode(string(data), &v); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(entries)*b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkScale runs plan check over generated directories.
func BenchmarkScale(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("files=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			if err := writeScaleFiles(dir, n, 1); err != nil {
				b.Fatal(err)
			}
			for _, format := range output.Names(output.Reports) {
				b.Run(format, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						if code := run([]string{"check", "--format", format, dir}, nil, io.Discard, io.Discard); code > exitFailed {
							b.Fatalf("exit %d", code)
						}
					}
					b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "files/s")
				})
			}
		})
	}
}

// TestWorkersWriteTheSameBytes checks a few hundred generated files, some
// of them broken, in every format on one worker and on many: the same
// bytes on stdout and stderr, and the same exit status.
func TestWorkersWriteTheSameBytes(t *testing.T) {
	dir := t.TempDir()
	if err := writeScaleFiles(dir, 300, 2); err != nil {
		t.Fatal(err)
	}
	broken := map[string]string{
		"330010-2023-Q1.toml": "period = \"2023-Q1\"\n[values]\ngdp_growth = = 1\n",
		"330020-2023-Q3.toml": "period = \"2023-Q3\"\n[values]\ngdp_grwth = 6.1\nurban_unemployment = \"4.6吨\"\n",
		"330030-2023-Q2.toml": "",
	}
	for name, text := range broken {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, format := range output.Names(output.Reports) {
		code1, out1, err1 := runPlan(t, "check", "--jobs", "1", "--format", format, dir)
		if code1 != exitBadUse || !strings.Contains(err1, "gdp_grwth") {
			t.Fatalf("%s on one worker: exit %d, stderr %q", format, code1, err1)
		}
		for _, jobs := range []string{"2", "16"} {
			code, out, errOut := runPlan(t, "check", "--jobs", jobs, "--format", format, dir)
			if code != code1 || out != out1 || errOut != err1 {
				t.Errorf("%s on %s workers differs from one worker: exit %d and %d\n%s", format, jobs, code, code1,
					diff.Diff("one worker", []byte(out1+err1), jobs+" workers", []byte(out+errOut)))
			}
		}
	}
}

// TestMessagesComeWithTheirFile writes stdout and stderr to one stream, as
// a terminal or a CI log shows them: the errors of a file come between the
// report before it and the report after it, on any number of workers.
func TestMessagesComeWithTheirFile(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.toml": "period = \"2023\"\n[values]\ngdp_growth = 7\n",
		"b.toml": "period = \"2023\"\n[values]\ngdp_grwth = 7\n",
		"c.toml": "period = \"2023\"\n[values]\ngdp_growth = 5\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, jobs := range []string{"1", "3"} {
		var both bytes.Buffer
		run([]string{"check", "--trend=off", "--jobs", jobs, dir}, nil, &both, &both)
		out := both.String()
		a, b, c := strings.Index(out, "a.toml: 2023年"), strings.Index(out, `b.toml:3: "gdp_grwth"`), strings.Index(out, "c.toml: 2023年")
		if a < 0 || b < 0 || c < 0 || !(a < b && b < c) {
			t.Errorf("--jobs %s: the report of a, the error of b and the report of c at %d, %d, %d:\n%s", jobs, a, b, c, out)
		}
	}
}
