package check

import (
	"encoding/json"
	"testing"
)

func TestRenderJSON(t *testing.T) {
	out := render(t, "json", RenderOptions{})
	var doc struct {
		Schema  int
		Reports []struct {
			File    string
			Error   string
			Results []map[string]any
			Summary Summary
		}
		Summary Summary
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if doc.Schema != 1 || len(doc.Reports) != 2 || len(doc.Reports[0].Results) != 10 {
		t.Fatalf("schema %d, %d reports; want schema 1 and 2 reports", doc.Schema, len(doc.Reports))
	}
	r := doc.Reports[0].Results[0]
	for _, field := range []string{"id", "key", "name", "category", "target", "rule", "actual", "actual_text", "unit", "status", "note"} {
		if _, ok := r[field]; !ok && field != "key" {
			t.Errorf("result has no %q field: %v", field, r)
		}
	}
	if doc.Reports[1].Error == "" || doc.Summary != doc.Reports[0].Summary {
		t.Errorf("the unreadable file: error %q; summary %+v, want the first report's", doc.Reports[1].Error, doc.Summary)
	}
}
