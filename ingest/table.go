package ingest

import (
	"fmt"
	"strconv"
	"strings"
)

// LineField is the key under which ReadTable records each row's line
// number, for error messages that point into the file.
const LineField = "#line"

// ReadTable reads a rules table: tab-separated lines whose first
// non-comment line names the fields, one entry a line after it. Lines that
// start with # and blank lines are skipped. The header must name exactly
// the fields wanted, in order, and every row must have one value for each.
func ReadTable(name, data string, fields ...string) ([]map[string]string, error) {
	var rows []map[string]string
	header := false
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if !header {
			if strings.Join(cols, "\t") != strings.Join(fields, "\t") {
				return nil, fmt.Errorf("%s:%d: header is %q, want %q", name, i+1, cols, fields)
			}
			header = true
			continue
		}
		if len(cols) != len(fields) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d (%s)", name, i+1, len(cols), len(fields), strings.Join(fields, ", "))
		}
		row := map[string]string{LineField: strconv.Itoa(i + 1)}
		for j, f := range fields {
			v := strings.TrimSpace(cols[j])
			if v == "" {
				return nil, fmt.Errorf("%s:%d: empty %s", name, i+1, f)
			}
			row[f] = v
		}
		rows = append(rows, row)
	}
	if !header {
		return nil, fmt.Errorf("%s: no header line", name)
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
