#!/usr/bin/env python3
"""Rebuild the texts of the real-article development set from their URLs, on a machine that has none.

    python3 realnews/rebuild.py [--check] [NAME...]

For every article of realnews/manifest.tsv (or the NAMEs given) whose realnews/SPLIT/NAME.txt is
missing, the page at its URL is downloaded and its readable text written there: the <title>, then
the text of the body's paragraphs and headings, one block a line, scripts, styles, navigation and
forms left out. The text is then checked against the SHA-256 that the sealed gold recorded.

The texts were first taken from stored copies of the pages, so a live page that has been edited, or
that a site lays out differently, gives a text with another hash: such a file is kept with a
warning, and score.py warns about it too. Edit it down to the article (the title line, then the
article's paragraphs, as annotated) until the hash matches; `--check` only reports which texts are
missing or differ.
"""
import csv
import hashlib
import html.parser
import os
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = {"script", "style", "nav", "header", "footer", "form", "noscript", "aside", "svg", "button"}
BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "div", "br", "title", "blockquote", "article", "section"}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip, self.blocks, self.cur = 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t and (not self.blocks or self.blocks[-1] != t):
            self.blocks.append(t)
        self.cur = []


def page_text(url):
    req = urllib.request.Request(url, headers={"User-Agent": "newsgraph-rebuild/1"})
    with urllib.request.urlopen(req, timeout=30) as r:
        raw = r.read()
        charset = r.headers.get_content_charset() or "utf-8"
    p = Text()
    p.feed(raw.decode(charset, errors="replace"))
    p.flush()
    return "\n\n".join(p.blocks) + "\n"


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main():
    args = sys.argv[1:]
    check = "--check" in args
    names = {a for a in args if a != "--check"}
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    bad = 0
    for r in rows:
        if names and r["name"] not in names:
            continue
        path = os.path.join(HERE, r["split"], r["name"] + ".txt")
        if not os.path.exists(path):
            if check:
                print("%s: missing" % r["name"])
                bad += 1
                continue
            try:
                text = page_text(r["url"])
            except Exception as e:  # one unreachable page never stops the rest
                print("%s: %s: %s" % (r["name"], r["url"], e), file=sys.stderr)
                bad += 1
                continue
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        if sha(path) != r["text_sha256"]:
            print("%s: text differs from the annotated one (SHA-256); edit it down to the article" % r["name"])
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
