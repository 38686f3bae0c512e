package input

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorListSortsByPosition(t *testing.T) {
	var l ErrorList
	l.Add(Pos{File: "q1.toml", Line: 9}, "third")
	l.Append(&Error{Pos: Pos{File: "q1.toml", Line: 2}, Key: "gdp_growth", Msg: "first"})
	l.Add(Pos{File: "q1.toml", Line: 2, Col: 4}, "second")
	l.Add(Pos{File: "q1.toml"}, "the file")
	want := "q1.toml: the file\n" +
		`q1.toml:2: "gdp_growth": first` + "\n" +
		"q1.toml:2:4: second\n" +
		"q1.toml:9: third"
	err := l.Err()
	if err == nil || err.Error() != want {
		t.Fatalf("Err() = %v, want\n%s", err, want)
	}
	if got := Errors(fmt.Errorf("wrapped: %w", err)); got.Len() != 4 {
		t.Errorf("Errors(wrapped list) has %d errors, want 4", got.Len())
	}
}

func TestErrorListEmpty(t *testing.T) {
	var l ErrorList
	if err := l.Err(); err != nil {
		t.Errorf("an empty list gave %v", err)
	}
	if got := Errors(nil); got != nil {
		t.Errorf("Errors(nil) = %v", got)
	}
}

func TestErrorsOfOtherErrors(t *testing.T) {
	e := &Error{Pos: Pos{File: "p.txt", Line: 3}, Msg: "bad", Hint: "fix it"}
	if got := Errors(e); got.Len() != 1 || got[0] != e {
		t.Errorf("Errors(*Error) = %v", got)
	}
	got := Errors(errors.New("plain"))
	if got.Len() != 1 || got[0].Msg != "plain" || got[0].Pos != (Pos{}) {
		t.Errorf("Errors(plain) = %+v", got)
	}
	joined := Errors(errors.Join(errors.New("one"), e, ErrorList{{Msg: "three"}, {Msg: "four"}}))
	if joined.Len() != 4 || joined[0].Msg != "one" || joined[1] != e || joined[3].Msg != "four" {
		t.Errorf("Errors(joined) = %v, want each joined error in turn", joined)
	}
	if s := (&Error{Key: "k", Msg: "m"}).Error(); s != `"k": m` {
		t.Errorf("an error with a key and no position reads %q", s)
	}
}
