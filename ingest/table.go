package ingest

import (
	"fmt"
	"strconv"
	"strings"
)

// TableRow is one entry of a rules table: its line in the file and its
// values in the header's order ("" for a trailing field left out).
type TableRow struct {
	Line   int
	Values []string
}

// SplitTable reads the format every rules table of the extractors is
// written in: UTF-8 text, lines that start with # and blank lines skipped,
// then a header line naming the fields (tab-separated, exactly header),
// then one entry a line, its values separated by single tabs in the
// header's order. A line may leave out trailing fields after the first
// required ones; no value has spaces at either end. Which values may be
// empty, and what they may hold, is for the caller to check.
func SplitTable(file, text string, header []string, required int) ([]TableRow, error) {
	var rows []TableRow
	seen := false
	names := strings.Join(header, ", ")
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if !seen {
			if got, want := strings.Join(cols, "\t"), strings.Join(header, "\t"); got != want {
				return nil, fmt.Errorf("%s:%d: header %q, want %q", file, n, got, want)
			}
			seen = true
			continue
		}
		switch {
		case len(cols) > len(header) && required == len(header):
			return nil, fmt.Errorf("%s:%d: %d fields, want %d (%s)", file, n, len(cols), len(header), names)
		case len(cols) > len(header):
			return nil, fmt.Errorf("%s:%d: %d fields, want at most %d (%s)", file, n, len(cols), len(header), names)
		case len(cols) < required:
			return nil, fmt.Errorf("%s:%d: %d fields, want %d (%s)", file, n, len(cols), required, names)
		}
		for j, v := range cols {
			if v != strings.TrimSpace(v) {
				return nil, fmt.Errorf("%s:%d: %s %q has spaces at an end", file, n, header[j], v)
			}
		}
		for len(cols) < len(header) {
			cols = append(cols, "")
		}
		rows = append(rows, TableRow{Line: n, Values: cols})
	}
	if !seen {
		return nil, fmt.Errorf("%s: no header line", file)
	}
	return rows, nil
}

// LineField is the key under which ReadTable records each row's line
// number, for error messages that point into the file.
const LineField = "#line"

// ReadTable reads a rules table (SplitTable) whose fields are all required
// and non-empty, as one map of field to value per entry.
func ReadTable(name, data string, fields ...string) ([]map[string]string, error) {
	split, err := SplitTable(name, data, fields, len(fields))
	if err != nil {
		return nil, err
	}
	rows := make([]map[string]string, 0, len(split))
	for _, r := range split {
		row := map[string]string{LineField: strconv.Itoa(r.Line)}
		for j, f := range fields {
			if r.Values[j] == "" {
				return nil, fmt.Errorf("%s:%d: empty %s", name, r.Line, f)
			}
			row[f] = r.Values[j]
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// MustTable is ReadTable for tables embedded in the binary: a malformed
// table is a programming error, caught by the package's tests.
func MustTable(name, data string, fields ...string) []map[string]string {
	rows, err := ReadTable(name, data, fields...)
	if err != nil {
		panic(err)
	}
	return rows
}
