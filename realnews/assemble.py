#!/usr/bin/env python3
"""Seal newly annotated real articles into the development set.

    python3 realnews/assemble.py [INCOMING_DIR...]

Each INCOMING_DIR (default: every realnews/private/incoming/*/) holds NAME.txt, NAME.full.json
and a list.tsv (NAME, language, outlet, outlet country, url, published, kinds). Every article not
yet in realnews/manifest.tsv is sealed with ../shared/eval/seal.py, its split is decided by its
outlet (split_of), and then:
  realnews/SPLIT/NAME.gold.json   the sealed gold (committed)
  realnews/SPLIT/NAME.txt         the text (git-ignored)
  realnews/private/NAME.full.json the full annotation (git-ignored)
and a line is added to realnews/manifest.tsv (committed).

The split is made once, by outlet: an outlet's articles all go to the same split, chosen by a
hash of the outlet's name, so that about a third of each language's outlets are `check`. It is
never chosen by looking at how the extractor does.
"""
import csv
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEAL = os.path.join(HERE, "..", "..", "shared", "eval", "seal.py")
MANIFEST = os.path.join(HERE, "manifest.tsv")
FIELDS = ["name", "split", "language", "outlet", "country", "published", "url", "text_sha256", "kinds"]


def outlet_key(outlet):
    """The outlet's identity: its name up to a parenthesis, lower-cased ("KUNA (via X)" -> "kuna")."""
    return outlet.split("(")[0].strip().lower()


def split_of(outlet):
    """`check` for about one outlet in three, by a hash of its name; `tune` for the others."""
    h = int(hashlib.sha256(outlet_key(outlet).encode("utf-8")).hexdigest(), 16)
    return "check" if h % 3 == 0 else "tune"


def read_manifest():
    if not os.path.exists(MANIFEST):
        return []
    with open(MANIFEST, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def write_manifest(rows):
    rows = sorted(rows, key=lambda r: (r["split"], r["language"], r["name"]))
    with open(MANIFEST, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main():
    dirs = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "private", "incoming", "*", "")))
    rows = read_manifest()
    have = {r["name"] for r in rows}
    urls = {r["url"] for r in rows}
    added = 0
    for d in dirs:
        listing = os.path.join(d, "list.tsv")
        if not os.path.exists(listing):
            continue
        with open(listing, encoding="utf-8") as fh:
            for line in fh:
                f = line.rstrip("\n").split("\t")
                if len(f) < 7 or f[0] in have:
                    continue
                name, lang, outlet, country, url, published, kinds = f[:7]
                txt, full = os.path.join(d, name + ".txt"), os.path.join(d, name + ".full.json")
                if not (os.path.exists(txt) and os.path.exists(full)):
                    print("%s: missing .txt or .full.json, skipped" % name, file=sys.stderr)
                    continue
                if url in urls:
                    print("%s: URL already in the set, skipped" % name, file=sys.stderr)
                    continue
                p = subprocess.run([sys.executable, SEAL, txt, full], capture_output=True, text=True)
                if p.returncode != 0:
                    print("%s: not sealed:\n%s" % (name, p.stderr), file=sys.stderr)
                    continue
                split = split_of(outlet)
                os.makedirs(os.path.join(HERE, split), exist_ok=True)
                with open(os.path.join(HERE, split, name + ".gold.json"), "w", encoding="utf-8") as out:
                    out.write(p.stdout)
                shutil.copyfile(txt, os.path.join(HERE, split, name + ".txt"))
                shutil.copyfile(full, os.path.join(HERE, "private", name + ".full.json"))
                sha = json.loads(p.stdout)["text_sha256"]
                rows.append(dict(zip(FIELDS, [name, split, lang, outlet, country, published, url, sha, kinds])))
                have.add(name)
                urls.add(url)
                added += 1
    write_manifest(rows)
    n = {}
    for r in rows:
        n[(r["split"], r["language"])] = n.get((r["split"], r["language"]), 0) + 1
    print("added %d; set: %s" % (added, ", ".join("%s %s %d" % (s, l, c) for (s, l), c in sorted(n.items()))))


if __name__ == "__main__":
    main()
