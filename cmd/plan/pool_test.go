package main

import (
	"errors"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

// TestOrderedKeepsOrder runs items that take random times on many workers:
// the results come out in the order of the items.
func TestOrderedKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7, 64} {
		var got []int
		o := ordered[int]{
			workers: workers,
			work: func(i int) int {
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				return i
			},
			emit: func(i int) error { got = append(got, i); return nil },
		}
		if err := o.run(500); err != nil {
			t.Fatal(err)
		}
		for i, v := range got {
			if v != i {
				t.Fatalf("%d workers: result %d is item %d", workers, i, v)
			}
		}
		if len(got) != 500 {
			t.Errorf("%d workers: %d results for 500 items", workers, len(got))
		}
	}
}

// TestOrderedHoldsAWindow checks that the results waiting to be written
// stay within the window, however many items there are and however slow
// the writing.
func TestOrderedHoldsAWindow(t *testing.T) {
	const workers = 3
	var held, most atomic.Int64
	o := ordered[int]{
		workers: workers,
		work: func(i int) int {
			n := held.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			return i
		},
		emit: func(int) error {
			time.Sleep(20 * time.Microsecond)
			held.Add(-1)
			return nil
		},
	}
	if err := o.run(2000); err != nil {
		t.Fatal(err)
	}
	if limit := int64(workers*resultsPerWorker + 1); most.Load() > limit {
		t.Errorf("%d results held at once, want at most %d", most.Load(), limit)
	}
}

// TestOrderedStopsOnError stops starting work when a result cannot be
// written, and returns that error.
func TestOrderedStopsOnError(t *testing.T) {
	const workers = 4
	errFull := errors.New("disk full")
	var started atomic.Int64
	o := ordered[int]{
		workers: workers,
		work:    func(i int) int { started.Add(1); return i },
		emit: func(i int) error {
			if i == 10 {
				return errFull
			}
			return nil
		},
	}
	if err := o.run(100000); !errors.Is(err, errFull) {
		t.Fatalf("run = %v, want the error of emit", err)
	}
	if n := started.Load(); n > 10+workers*resultsPerWorker+workers+2 {
		t.Errorf("%d items started after a failure at item 10", n)
	}
}

// TestOrderedIdle calls idle before waiting, and stops on its error.
func TestOrderedIdle(t *testing.T) {
	errClosed := errors.New("closed")
	o := ordered[int]{
		workers: 2,
		work:    func(i int) int { time.Sleep(time.Millisecond); return i },
		emit:    func(int) error { return nil },
		idle:    func() error { return errClosed },
	}
	if err := o.run(10); !errors.Is(err, errClosed) {
		t.Errorf("run = %v, want the error of idle", err)
	}
}
