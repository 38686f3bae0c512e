package main

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"plan/indicators"
	"plan/seeds"
)

// TestPlanCacheReadsEachPlanOnce asks for two plans from many goroutines,
// by several names each: each is read once, and all get the same plan.
func TestPlanCacheReadsEachPlanOnce(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.MkdirAll("data/plans", 0o755); err != nil {
		t.Fatal(err)
	}
	var reads atomic.Int64
	c := newPlanCache(indicators.Options{}, "", nil)
	c.read = func(path string) (*indicators.Plan, error) {
		reads.Add(1)
		if filepath.Base(path) == "missing.txt" {
			return nil, errors.New("no such file")
		}
		return &indicators.Plan{Info: indicators.Info{Title: filepath.Base(path)}}, nil
	}
	names := []string{"data/plans/a.txt", "data/../data/plans/a.txt", "./data/plans/a.txt", "data/plans/missing.txt"}
	abs, _ := filepath.Abs("data/plans/a.txt")
	names = append(names, abs)
	got := make([]*indicators.Plan, 400)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i], _ = c.plan(names[i%len(names)]) })
	}
	wg.Wait()
	if n := reads.Load(); n != 2 {
		t.Errorf("%d reads for two plans", n)
	}
	for i, p := range got {
		if missing := i%len(names) == 3; missing != (p == nil) || !missing && p != got[0] {
			t.Fatalf("ask %d (%s): plan %p, want %p", i, names[i%len(names)], p, got[0])
		}
	}
	if _, err := c.plan("data/plans/missing.txt"); err == nil || reads.Load() != 2 {
		t.Errorf("a plan that cannot be read: %v after %d reads; want its error, read once", err, reads.Load())
	}
}

// TestPlanCacheHoldsTheRunsPlan gives the run's plan to a file naming the
// document of --plan, without reading it again.
func TestPlanCacheHoldsTheRunsPlan(t *testing.T) {
	run := seeds.Plan()
	c := newPlanCache(indicators.Options{}, "plans/shaoxing.txt", run)
	c.read = func(string) (*indicators.Plan, error) { t.Error("the run's plan read again"); return nil, nil }
	if p, err := c.plan("./plans/../plans/shaoxing.txt"); p != run || err != nil {
		t.Errorf("the document of --plan: %p, %v; want the run's plan", p, err)
	}
}
