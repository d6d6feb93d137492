#!/usr/bin/env python3
"""Check a labels file (reports format) against the texts it labels: every mention and not_official occurs
verbatim in the report, every date text on its line, and every field is present. Usage:
  check.py LABELS.json [TEXTDIR]   (TEXTDIR: /work/shared/bench/calls)"""
import json, re, sys

def main():
    path = sys.argv[1]
    textdir = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/bench/calls"
    labels = json.load(open(path))
    bad = 0
    def err(f, msg):
        nonlocal bad
        bad += 1
        print("%s: %s" % (f, msg))
    for f, g in sorted(labels.items()):
        text = open("%s/%s" % (textdir, f), encoding="utf-8").read()
        lines = text.split("\n")
        for k in ("dct", "dct_from", "dct_line", "dct_text", "officials", "not_officials", "dates"):
            if k not in g:
                err(f, "missing field %s" % k)
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", g.get("dct", "")):
            err(f, "dct %r" % g.get("dct"))
        if g.get("dct_line") is not None:
            ln = g["dct_line"]
            if not (1 <= ln <= len(lines)) or g.get("dct_text", "") not in lines[ln - 1]:
                err(f, "dct_text %r not on line %s" % (g.get("dct_text"), ln))
        for o in g.get("officials", []):
            if not o.get("name") or not o.get("role"):
                err(f, "official without name or role: %r" % o)
            if not o.get("mentions"):
                err(f, "official without mentions: %r" % o.get("name"))
            for m in o.get("mentions", []):
                if m not in text:
                    err(f, "mention %r not in text" % m)
        for n in g.get("not_officials", []):
            if n not in text:
                err(f, "not_official %r not in text" % n)
        for d in g.get("dates", []):
            ln = d.get("line", 0)
            if not (1 <= ln <= len(lines)) or d.get("text", "") not in lines[ln - 1]:
                err(f, "date %r not on line %s" % (d.get("text"), ln))
            if d.get("type") not in ("DATE", "TIME", "DURATION", "SET"):
                err(f, "date %r type %r" % (d.get("text"), d.get("type")))
            if not d.get("value"):
                err(f, "date %r without value" % d.get("text"))
    print("%d reports, %d problems" % (len(labels), bad))
    sys.exit(1 if bad else 0)

main()
