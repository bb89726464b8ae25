#!/usr/bin/env python3
"""Writes a libFuzzer dictionary for one fuzz target: the field names, paths, codes and words its
parser looks for (string literals in its sources), as JSON keys or XML tags, so mutations reach
the code behind them instead of guessing key names byte by byte.

    make_dict.py TARGET REPO_ROOT OUTPUT
"""
import re
import sys
from pathlib import Path

target, root, output = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
carriers = root / "core" / "carriers"
importexport = root / "core" / "importexport"
sources = {
    "carriertime": [carriers / "carriertime.cpp"],
    "classifier": [carriers / "eventtextclassifier.cpp"],
    "thresholds": [root / "core" / "problems" / "problemthresholds.cpp"],
    "problems": [],  # a binary layout (fuzzdriver.h): no words to look for; scripts/fuzz passes no dictionary
    "csvimport": [importexport / f"{name}.cpp" for name in
                  ("columnmapping", "carrieraliases", "countrycodes", "importdate", "csvsniffer", "shipmentrowreader")],
}.get(target, [carriers / f"{target}adapter.cpp", carriers / "carrieradapter.cpp", carriers / "jsonpath.cpp"])

literals = set()
for source in sources:
    if source.exists():
        for match in re.finditer(r'\bu(?:R"\((.*?)\)"|"((?:[^"\\]|\\.)*)")', source.read_text(encoding="utf-8")):
            literals.add(match.group(1) if match.group(1) is not None else match.group(2))

tokens = set()
xml = target == "dpd"
for literal in literals:
    if target == "classifier":
        tokens.update(w for w in re.findall(r"[^\W\d_]{3,}", literal) if len(w) <= 30)
        continue
    if target == "csvimport":
        if len(literal) <= 40 and "%" not in literal:
            tokens.add(literal)  # header names, carrier and country names, date shapes
        continue
    if len(literal) > 60 or "%" in literal:
        continue
    tokens.add(literal)
    for part in re.split(r"[./]", literal):
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]{1,40}", part):
            tokens.add(f"<{part}>" if xml else f'"{part}":')
            if xml:
                tokens.add(f"</{part}>")
            tokens.add(part)

if target == "carriertime":
    tokens.update(["T", "Z", " ", "-", ":", ".", "\n", "+01:00", "-05:00", "+0530", "+14:00", "-1200",
                   "2024-03-31", "02:30:00", "23:59:60", ".123456", "AP", "PM", "DE", "DEU", "US", "USA", "AU"])
elif target == "dpd":
    tokens.update(["<?xml version=\"1.0\"?>", "<![CDATA[", "]]>", "&amp;", "&#x0;", "<!--", "-->", "xmlns:soap=",
                   "<!DOCTYPE", "<!ENTITY", "true", "false", "8/17/2021 7:11:26 PM", "17.08.2021 19:11"])
elif target == "csvimport":
    tokens.update(["\ufeff", "sep=;\r\n", ";", ",", "\t", "|", '"', '""', "\r\n", "\n", "\r",
                   "03/11/2026", "11/03/2026", "2026-11-03", "03.11.2026", "'=", "+49 170 1234567", "@"])
elif target not in ("classifier", "problems"):
    tokens.update(["{", "}", "[", "]", ":", ",", '"', "true", "false", "null", "1e308", "-0", "0.5",
                   "9007199254740993", "\\u0000", "\\ud800", "2024-01-15T13:45:02+01:00", "20240115", "134502"])


def escape(token):
    out = []
    for byte in token.encode("utf-8"):
        if byte == 0x22 or byte == 0x5C:
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append("\\x%02X" % byte)
    return "".join(out)


output.parent.mkdir(parents=True, exist_ok=True)
output.write_text("".join(f'"{escape(t)}"\n' for t in sorted(tokens) if t), encoding="utf-8")
