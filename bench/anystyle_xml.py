"""Turn AnyStyle's labelled XML (``res/parser/*.xml``) into the JSON lines
``bench/anystyle_score.py`` reads, so the parser can be scored on any of
AnyStyle's data sets, not only the development set in ``../shared``.

    .venv/bin/python bench/anystyle_xml.py FILE.xml [...] [--exclude DEV.jsonl] > held.jsonl

The layout is the development set's (its README): ``raw`` is the segments
joined by single spaces; every ``author`` segment is kept, in order; the
first ``title``, ``journal``/``container-title``/``booktitle``, ``publisher``, ``date`` and
``url`` segments fill those fields and later ones go to ``extra``; a ``note``
holding an access phrase is ``accessed``. ``--exclude`` drops the sequences
whose raw string is already in another set (AnyStyle's files overlap, and the
development set took its web subset from them), so a held-out score is one.
Converting the development set's own XML files gives its 2,126 JSON lines
back, but for 13 notes ("Abruf am: 17.03.2005", "Consulted Sept 2016", "[en
ligne (12 janvier 2016)") that the scorer's wider list of access phrases
makes ``accessed`` notes (compared field by field when this was written).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

from anystyle_score import _ACCESS_WORDS

_SPACES = re.compile(r"[ \t\r\n]+")  # not str.split(): no-break spaces are kept
_FIRST = {
    "title": "title",
    "journal": "container",
    "container-title": "container",
    "booktitle": "container",  # CORA's files (res/cora.xml) name it so
    "publisher": "publisher",
    "date": "date",
    "url": "url",
}


def rows_from_xml(path: Path) -> list[dict[str, Any]]:
    """One row for every <sequence> of an AnyStyle XML file."""
    rows = []
    for number, sequence in enumerate(ElementTree.parse(path).getroot().iter("sequence")):
        row: dict[str, Any] = {
            "id": f"{path.stem}:{number}",
            "source": path.name,
            "raw": "",
            "author": [],
            "title": None,
            "container": None,
            "publisher": None,
            "date": None,
            "url": None,
            "accessed": None,
            "extra": {},
        }
        segments = []
        for segment in sequence:
            text = _SPACES.sub(" ", "".join(segment.itertext())).strip(" \t\r\n")
            if not text:
                continue
            segments.append(text)
            tag = segment.tag
            field = _FIRST.get(tag)
            if tag == "author":
                row["author"].append(text)
            elif field is not None and row[field] is None:
                row[field] = text
            elif tag == "note" and row["accessed"] is None and _ACCESS_WORDS.search(text):
                row["accessed"] = text
            else:
                row["extra"].setdefault(tag, []).append(text)
        row["raw"] = " ".join(segments)
        rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    args = parser.parse_args()
    seen = set()
    for path in args.exclude:
        with path.open(encoding="utf-8") as lines:
            seen.update(json.loads(line)["raw"] for line in lines)
    kept = dropped = 0
    for path in args.files:
        for row in rows_from_xml(path):
            if row["raw"] in seen:
                dropped += 1
                continue
            print(json.dumps(row, ensure_ascii=False))
            kept += 1
    print(f"{kept} sequences written, {dropped} already seen dropped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
