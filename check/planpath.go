package check

import (
	"path/filepath"
	"strings"

	"plan/indicators"
	"plan/input"
)

// IsPlanPath reports whether the plan = value of an actuals file names a
// plan document by its path ("plans/huzhou-2024.txt", "huzhou.docx")
// rather than the year or title of the plan given on the command line
// ("2024", "2024年湖州市国民经济和社会发展计划"): it has a / or \ in it, or
// ends in an extension of a document the reader knows (.txt, .htm, .html,
// .docx, .xlsx, .toml, in any case). A year or title has neither.
func IsPlanPath(s string) bool {
	if strings.ContainsAny(s, `/\`) {
		return true
	}
	switch strings.ToLower(filepath.Ext(s)) {
	case ".txt", ".htm", ".html", ".docx", ".xlsx", ".toml": // the documents and plan files the reader knows
		return true
	}
	return false
}

// PlanPath is the path of the plan an actuals file names, from the
// working directory: ref as written, taken from the directory of the file
// (file) unless it is absolute.
func PlanPath(file, ref string) string {
	if filepath.IsAbs(ref) {
		return filepath.Clean(ref)
	}
	return filepath.Join(filepath.Dir(file), ref)
}

// namedPlan reads the plan the file names at line, if it names one by its
// path, with o.Plans (each time with indicators.ReadFile when it is nil).
// It returns nil, "" when the file names no plan by path. A plan that
// cannot be read is an error at the file's plan = line, saying why.
func (o LoadOptions) namedPlan(name string, raw map[string]any, line int) (*indicators.Plan, string, *input.Error) {
	ref, ok := raw["plan"].(string)
	if !ok || !IsPlanPath(ref) {
		return nil, "", nil
	}
	path := PlanPath(name, ref)
	read := o.Plans
	if read == nil {
		read = func(path string) (*indicators.Plan, error) {
			return indicators.ReadFile(path, indicators.Options{Encoding: o.Encoding})
		}
	}
	p, err := read(path)
	if err != nil {
		errs := input.Errors(err)
		errs.Sort()
		msgs := make([]string, len(errs))
		for i, e := range errs {
			msgs[i] = e.Error()
		}
		return nil, path, &input.Error{Pos: input.Pos{File: name, Line: line}, Key: "plan",
			Msg:  "the plan it names cannot be read: " + strings.Join(msgs, "; "),
			Hint: "plan = names a plan document by its path, from the directory of this file; a year or title names the plan of --plan"}
	}
	return p, path, nil
}
