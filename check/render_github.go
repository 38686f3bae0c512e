package check

import (
	"fmt"
	"io"
	"strings"
)

// githubRenderer writes GitHub Actions workflow commands: an ::error or
// ::warning annotation per problem, at the line of the value in the actuals
// file (or the file itself when the indicator has no value), and a notice
// with the summary of each file.
type githubRenderer struct{ opts RenderOptions }

// Render writes the workflow commands.
func (g githubRenderer) Render(w io.Writer, d *Document) error {
	for _, rep := range d.Reports {
		if rep.Error != "" {
			fmt.Fprintf(w, "::error %s::%s\n", ghProps(rep.File, rep.ErrorLine, "plan: not checked"), ghData(rep.Error))
			continue
		}
		for _, r := range rep.Results {
			level := g.level(r.Status)
			if level == "" {
				continue
			}
			title := fmt.Sprintf("plan: %s %s %s", r.ID, displayName(r, g.opts.Lang), r.Status)
			msg := fmt.Sprintf("%s %s: %s, target %s; %s", r.ID, displayName(r, g.opts.Lang), r.Status, r.Target, r.Note)
			fmt.Fprintf(w, "::%s %s::%s\n", level, ghProps(rep.File, r.Line, title), ghData(msg))
		}
		fmt.Fprintf(w, "::notice %s::%s\n", ghProps(rep.File, 0, "plan"), ghData(SummaryLine(rep.Summary)))
	}
	return nil
}

// level is the annotation of a status: error when it reaches --fail-on,
// warning for a warn or fail below it, none for pass and missing.
func (g githubRenderer) level(st Status) string {
	switch {
	case counts(st, g.opts.FailOn):
		return "error"
	case st == Warn || st == Fail:
		return "warning"
	}
	return ""
}

// ghProps writes the properties of a workflow command.
func ghProps(file string, line int, title string) string {
	p := "file=" + ghProp(file)
	if line > 0 {
		p += fmt.Sprintf(",line=%d", line)
	}
	return p + ",title=" + ghProp(title)
}

// ghData escapes the message of a workflow command.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProp escapes a property value of a workflow command.
func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
