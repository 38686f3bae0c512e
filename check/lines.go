package check

import (
	"regexp"
	"strings"
)

// keyLines finds the line of each key of a TOML file, by table: keyLines
// ["values"]["gdp_growth"] is the line where gdp_growth is set under
// [values]. The TOML decoder keeps no positions for keys, and messages and
// annotations must point at the line a person wrote.
type keyLines map[string]map[string]int

var (
	tableHeader = regexp.MustCompile(`^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$`)
	keyLine     = regexp.MustCompile(`^\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_.\-]+))\s*=`)
)

// indexLines reads the key lines of a TOML text.
func indexLines(text string) keyLines {
	kl := keyLines{}
	table := ""
	for i, line := range strings.Split(text, "\n") {
		if m := tableHeader.FindStringSubmatch(line); m != nil {
			table = strings.ReplaceAll(m[1], " ", "")
			continue
		}
		m := keyLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		key := m[1] + m[2] + m[3]
		if m[1] != "" {
			key = strings.ReplaceAll(key, `\"`, `"`)
		}
		if kl[table] == nil {
			kl[table] = map[string]int{}
		}
		if _, seen := kl[table][key]; !seen {
			kl[table][key] = i + 1
		}
	}
	return kl
}

// line returns the line of key in table, or 0 when it is not known.
func (kl keyLines) line(table, key string) int { return kl[table][key] }
