package indicators

import (
	"os"
	"strings"
	"testing"

	"plan/input"
)

func TestUnreadable(t *testing.T) {
	ole := []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 500))
	docx := buildDocx(t, wPara("a"))
	xlsx := rawXLSX(t, `<sheetData/>`)
	tests := []struct {
		name string
		data []byte
		want string // "" for a document the layouts may read
	}{
		{"an old .doc or .xls", ole, "an old Word (.doc), Excel (.xls) or WPS file"},
		{"a password-protected .xlsx", append(append([]byte(nil), ole...), utf16le("EncryptedPackage")...), "password-protected"},
		{"a PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "a PDF"},
		{"an RTF document", []byte(`{\rtf1\ansi\ansicpg936 2023年目标}`), "an RTF document"},
		{"a PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00"), "a picture"},
		{"a JPEG", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), "a picture"},
		{"a cut .docx", docx[:len(docx)/2], "cannot be unzipped"},
		{"an .odt", zipParts(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}), "an OpenDocument file"},
		{"a .pptx", zipParts(t, map[string]string{"ppt/presentation.xml": "<x/>"}), "a PowerPoint presentation"},
		{"another zip", zipParts(t, map[string]string{"plan.txt": "2023年目标"}), "not a .docx or an .xlsx"},
		{"a .docx", docx, ""},
		{"an .xlsx", xlsx, ""},
		{"text", []byte("指标名称\n2023年目标\n"), ""},
		{"nothing", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := unreadable("plan.x", tt.data)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
			if e := input.Errors(err); len(e) != 1 || e[0].Pos.File != "plan.x" || e[0].Hint == "" {
				t.Errorf("error %#v, want one naming the file, with a hint", e)
			}
		})
	}
}

// TestFixturesReadable checks that no fixture is refused.
func TestFixturesReadable(t *testing.T) {
	for _, name := range []string{"../seeds/shaoxing-2023.txt", "../testdata/plans/shaoxing-2023.html", "../testdata/plans/lishui-2020.html"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := unreadable(name, data); err != nil {
			t.Errorf("%s refused: %v", name, err)
		}
	}
}
