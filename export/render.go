package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"

	"newsgraph/graph"
)

// ErrNoGraphviz means Graphviz's dot program is not installed.
var ErrNoGraphviz = errors.New(`graphviz is not installed ("dot" is not on PATH); install it with: apt-get install graphviz`)

// RenderFormats are the picture formats Render makes.
var RenderFormats = []string{"svg", "png"}

// Render draws g with Graphviz into w as format ("svg" or "png"): it
// writes the DOT diagram of WriteDOT and runs "dot -Tformat" on it, which
// lays it out with the engine named in the diagram's layout attribute.
// Graphviz's warnings go to warn when it is not nil.
func Render(ctx context.Context, w io.Writer, g *graph.Subgraph, format string, opt DOTOptions, warn io.Writer) error {
	var src bytes.Buffer
	if err := WriteDOT(&src, g, opt); err != nil {
		return err
	}
	return RenderDOT(ctx, w, src.Bytes(), format, warn)
}

// CheckGraphviz returns ErrNoGraphviz when Graphviz's dot program is not
// on PATH.
func CheckGraphviz() error {
	if _, err := exec.LookPath("dot"); err != nil {
		return ErrNoGraphviz
	}
	return nil
}

// RenderDOT runs Graphviz on a DOT diagram, writing the picture to w.
func RenderDOT(ctx context.Context, w io.Writer, src []byte, format string, warn io.Writer) error {
	if !slices.Contains(RenderFormats, format) {
		return fmt.Errorf("unknown picture format %q (want %s)", format, strings.Join(RenderFormats, ", "))
	}
	bin, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoGraphviz
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "-T"+format)
	cmd.Stdin = bytes.NewReader(src)
	cmd.Stdout = w
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return fmt.Errorf("graphviz: %w: %s", err, msg)
		}
		return fmt.Errorf("graphviz: %w", err)
	}
	if warn != nil && stderr.Len() > 0 {
		_, err := warn.Write(stderr.Bytes())
		return err
	}
	return nil
}
