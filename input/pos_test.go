package input

import "testing"

func TestPosString(t *testing.T) {
	tests := []struct {
		pos  Pos
		want string
	}{
		{Pos{File: "a.txt"}, "a.txt"},
		{Pos{File: "a.txt", Line: 12}, "a.txt:12"},
		{Pos{File: "a.html", Line: 1, Col: 5031}, "a.html:1:5031"},
		{Pos{File: "a.xlsx", Sheet: "Sheet1", Line: 7, Col: 2}, "a.xlsx:Sheet1!B7"},
		{Pos{File: "a.docx", Sheet: "table 2", Line: 3, Col: 28}, "a.docx:table 2!AB3"},
		{Pos{File: "a.xlsx", Sheet: "附表"}, "a.xlsx:附表"},
		{Pos{}, ""},
	}
	for _, tt := range tests {
		if got := tt.pos.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.pos, got, tt.want)
		}
	}
}

func TestColumnName(t *testing.T) {
	for col, want := range map[int]string{0: "", 1: "A", 26: "Z", 27: "AA", 52: "AZ", 53: "BA", 702: "ZZ", 703: "AAA"} {
		if got := ColumnName(col); got != want {
			t.Errorf("ColumnName(%d) = %q, want %q", col, got, want)
		}
	}
}

func TestPosBefore(t *testing.T) {
	in := func(sheet string, line, col int) Pos { return Pos{File: "a.docx", Sheet: sheet, Line: line, Col: col} }
	ordered := []Pos{
		{File: "a.docx"}, in("table 2", 1, 1), in("table 2", 1, 3), in("table 2", 4, 1), in("table 10", 1, 1),
		in("table 10a", 1, 1), in("table 11", 1, 1), in("附表", 1, 1), {File: "b.txt", Line: 1},
	}
	for i := range ordered {
		for j := range ordered {
			if got := ordered[i].Before(ordered[j]); got != (i < j) {
				t.Errorf("%v before %v = %v, want %v", ordered[i], ordered[j], got, i < j)
			}
		}
	}
}
