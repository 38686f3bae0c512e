package indicators

import (
	"archive/zip"
	"bytes"
	"io"

	"plan/input"
)

// Some files a user may hold a plan in are in forms no layout reads: the
// old binary Word and Excel formats, PDFs, pictures. Read as text they
// would give nonsense or no table; unreadable names them instead.

// unreadable tells from its bytes whether a document is in a form that no
// layout reads, and if so returns an error saying what the file is and
// what to do with it; nil for a document the layouts may read.
func unreadable(name string, data []byte) error {
	refuse := func(msg, hint string) error {
		return &input.Error{Pos: input.Pos{File: name}, Msg: msg, Hint: hint}
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		if bytes.Contains(data, utf16le("EncryptedPackage")) {
			return refuse("a password-protected Office file, which plan cannot open",
				"open it in Word, Excel or WPS, remove the password and save it as .docx or .xlsx")
		}
		return refuse("an old Word (.doc), Excel (.xls) or WPS file, which plan does not read",
			"open it in Word, Excel or WPS and save it as .docx or .xlsx (文件 → 另存为), then read that")
	case bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")):
		return refuse("a PDF, which plan does not read",
			"convert it to text with pdftotext -layout FILE.pdf FILE.txt, or copy the table into a text file, then read that")
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return refuse("an RTF document, which plan does not read",
			"open it in Word or WPS and save it as .docx, then read that")
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")), bytes.HasPrefix(data, []byte("\xff\xd8\xff")),
		bytes.HasPrefix(data, []byte("GIF8")):
		return refuse("a picture, which plan cannot read: it reads text, not images of it",
			"copy the table into a text file, one row a line with | between cells, then read that")
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return unreadableZip(name, data, refuse)
	}
	return nil
}

// unreadableZip refuses a zip archive that is not a .docx or an .xlsx, or
// that cannot be unzipped.
func unreadableZip(name string, data []byte, refuse func(msg, hint string) error) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return refuse("a zip archive (as .docx and .xlsx files are) that cannot be unzipped: "+err.Error(),
			"the file may be cut short: download or copy it again")
	}
	kind := ""
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml", "xl/workbook.xml":
			return nil
		case "ppt/presentation.xml":
			kind = "a PowerPoint presentation"
		case "mimetype":
			if mimetypeIs(f, "application/vnd.oasis.opendocument.") {
				kind = "an OpenDocument file (.odt, .ods)"
			}
		}
	}
	if kind != "" {
		return refuse(kind+", which plan does not read",
			"open it in Word, Excel or WPS and save it as .docx or .xlsx, then read that")
	}
	return refuse("a zip archive that is not a .docx or an .xlsx",
		"unzip it and read the plan inside")
}

// mimetypeIs reports whether an OpenDocument mimetype part starts with
// prefix.
func mimetypeIs(f *zip.File, prefix string) bool {
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	head := make([]byte, len(prefix))
	_, err = io.ReadFull(rc, head)
	return err == nil && string(head) == prefix
}

// utf16le is s in UTF-16, little-endian, as OLE2 files name their streams;
// s is ASCII.
func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}
