package main

import "sync"

// resultsPerWorker is how many results a run may hold per worker while
// they wait to be written. A file slow to judge (a large one, or the first
// to name a plan, which reads it) holds back the writing of every file
// after it; a few results per worker let the others go on meanwhile, and
// more would only cost memory.
const resultsPerWorker = 8

// ordered runs work on items 0 … n−1 on several goroutines and hands the
// results to emit one at a time, in the order of the items, so that what
// is written does not depend on the number of workers. At most
// workers × resultsPerWorker results are held at once, however many items
// there are.
type ordered[T any] struct {
	workers int
	work    func(i int) T
	emit    func(T) error
	// idle, if set, is called before waiting for a result that is not
	// ready: the moment to flush what has been written so far.
	idle func() error
}

// run runs every item and returns the first error of emit or idle, after
// which no more work is started; it returns once the work under way is
// done, leaving no goroutine behind.
func (o ordered[T]) run(n int) error {
	workers := max(1, min(o.workers, n))
	if workers == 1 {
		return o.inTurn(n)
	}
	type job struct {
		i   int
		out chan T
	}
	pending := make(chan chan T, workers*resultsPerWorker) // results in item order, ready or not
	jobs := make(chan job)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out <- o.work(j.i) // never blocks: out holds one result
			}
		})
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for i := range n {
			out := make(chan T, 1)
			select {
			case <-stop:
				return
			case pending <- out:
			}
			select {
			case <-stop:
				return
			case jobs <- job{i, out}:
			}
		}
	}()
	err := o.consume(pending)
	if err != nil {
		close(stop)
		for range pending { // let the dispatcher see stop and end
		}
	}
	wg.Wait()
	return err
}

// inTurn runs the items one after the other on the calling goroutine: one
// worker, or one item, needs no other.
func (o ordered[T]) inTurn(n int) error {
	for i := range n {
		if o.idle != nil {
			if err := o.idle(); err != nil {
				return err
			}
		}
		if err := o.emit(o.work(i)); err != nil {
			return err
		}
	}
	return nil
}

// consume hands the results to emit in order, until one fails.
func (o ordered[T]) consume(pending chan chan T) error {
	for out := range pending {
		var v T
		select {
		case v = <-out:
		default:
			if o.idle != nil {
				if err := o.idle(); err != nil {
					return err
				}
			}
			v = <-out
		}
		if err := o.emit(v); err != nil {
			return err
		}
	}
	return nil
}
