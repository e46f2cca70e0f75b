"""Score the reference parser's fields against AnyStyle's labelled strings.

Usage: python bench/anystyle_score.py [PATH] [--show FIELD] [--limit N]

PATH defaults to ../shared/data/anystyle/anystyle.jsonl beside the repo. For
each field it prints accuracy over the strings where the gold value or our
value is present, so a field we invent where the gold has none counts as
wrong, and one we miss counts as wrong. Gold values are the annotators'
segments with punctuation attached; they are normalised here (this script's
own simple rules, not the parser's):

- url: "URL:"/"Available at" lead-ins, angle brackets, spaces inside and
  trailing punctuation removed; compared case-sensitively.
- title, container: quotes, trailing punctuation, a leading "In:"/"In" of
  containers, the annotators' markup tags (``<italic>Water Research</italic>``:
  the raw string has them too, and a title or journal name never holds a
  tag), and spacing removed; compared case-folded.
- year: the first 4-digit year in the gold date segment.
- first author: our first author's family name must be one of the first three
  words of the gold author segment (the gold segment is not split into names,
  so this is the fairest check available).
- accessed: gold has an access date when a gold segment (the access note, or
  the url/date segment where annotators often left it) holds an access phrase
  followed by a year; ours is right when its year and day occur in that text.
- volume: the first run of digits of the gold ``volume`` segment ("vol. 19,"
  → 19, "2009;108(2):" → 2009: the annotators' segment holds Vancouver's year),
  or its Roman numeral; ours the same way.
- pages: the runs of digits of the gold ``pages`` segment joined by "-"
  ("pp. 1734 ‑ 1739," → 1734-1739); ours the same way.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from refharvest.model import Reference
from refharvest.parse import parse_reference

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "anystyle" / "anystyle.jsonl"
FIELDS = ("url", "title", "year", "first_author", "container", "accessed", "volume", "pages")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\"“”„«»‘’'`]", "", text)
    text = re.sub(r"[‐‑‒–—-]", "-", text)
    text = re.sub(r"\s+", " ", text).strip(" .,;:/")
    return text


def norm_url(gold: str) -> str:
    start = re.search(r"(?:https?|ftp)\s*:|www\.", gold, flags=re.I)
    url = gold[start.start() :] if start else gold  # drop "Retrieved from", "URL:" lead-ins
    url = _ACCESS_WORDS.split(url)[0]  # "http://x (accessed August 27, 2015)."
    url = url.strip().strip("()<>").strip()
    url = re.sub(r"\s+", "", url)
    url = url.rstrip(".,;:)>]")
    return url.strip("<")


# The annotators often left the access phrase inside the url or date segment;
# this list (the bench's own, not the parser's) finds it there.
_ACCESS_WORDS = re.compile(
    r"\s*[(\[]?\s*\b(?:last\s+)?(?:accessed|access|retrieved|consulted|consulté|zugriff|"
    r"abgerufen|abruf|cited|visited|viewed|erişim|обращения|acesso|accedido|consultado|"
    # French norms' "[en ligne (16 juin 2015) : URL]" and Quebec APA's "Repéré le":
    # the date after them is the consultation date
    r"en\s+ligne|repéré)\b",
    re.IGNORECASE,
)


def gold_access_note(row: dict[str, Any]) -> str | None:
    """The gold text holding the access date: the accessed note, else any segment
    (url, date, extra) where an access phrase is followed by a year."""
    candidates: list[str] = []
    for key in ("accessed", "url", "date", "notes"):
        value = row.get(key)
        candidates += value if isinstance(value, list) else [value] if value else []
    for values in (row.get("extra") or {}).values():
        candidates += [v for v in values if isinstance(v, str)]
    for text in candidates:
        match = _ACCESS_WORDS.search(text)
        if match and gold_year(text[match.start() :]):
            return text[match.start() :]
    return None


_MARKUP_TAG = re.compile(r"</?(?:italic|i|em|b|bold|sup|sub)>", re.I)


def norm_title(gold: str) -> str:
    return _fold(_MARKUP_TAG.sub("", gold))


def norm_container(gold: str) -> str:
    text = re.sub(
        r"^\s*(?:in|dans|en|im)\s*[:.]?\s+", "", _MARKUP_TAG.sub("", gold).strip(), flags=re.I
    )
    return _fold(text)


def gold_year(date: str | None) -> int | None:
    if not date:
        return None
    match = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", date)
    return int(match.group(1)) if match else None


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        return value[0] if value else None
    return value if isinstance(value, str) else None


def _volume_key(text: str) -> str:
    digits = re.search(r"\d+", text)
    if digits:
        return digits.group(0)
    roman = re.search(r"\b[IVXLC]{1,7}\b", text)
    return roman.group(0) if roman else ""


def _pages_key(text: str) -> str:
    return "-".join(re.findall(r"\d+", text))


def score_row(row: dict[str, Any], ref: Reference) -> dict[str, bool | None]:
    """True/False per field, None where neither side has a value."""
    result: dict[str, bool | None] = {}

    url = _first(row.get("url"))
    gold_url = norm_url(url) if url else ""
    gold_doi = bool((row.get("extra") or {}).get("doi"))
    if not gold_url and gold_doi and ref.doi and "doi.org/" in ref.url:
        result["url"] = None  # the annotators labelled a doi.org link as the DOI
    elif gold_url or ref.url:
        result["url"] = bool(gold_url) and norm_url(ref.url) == gold_url
    else:
        result["url"] = None

    title = _first(row.get("title"))
    if title or ref.title:
        result["title"] = bool(title) and _fold(ref.title) == norm_title(title or "")
    else:
        result["title"] = None

    year = gold_year(_first(row.get("date")))
    ours_year = ref.issued.year if ref.issued else None
    result["year"] = None if year is None and ours_year is None else year == ours_year

    author = _first(row.get("author"))
    if author or ref.authors:
        first3 = [_fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", author or "")[:3]]
        family = _fold(ref.authors[0].family).split() if ref.authors else []
        result["first_author"] = bool(author) and bool(family) and family[-1] in first3
    else:
        result["first_author"] = None

    container = _first(row.get("container"))
    if container or ref.container_title:
        result["container"] = bool(container) and _fold(ref.container_title) == norm_container(
            container or ""
        )
    else:
        result["container"] = None

    extra = row.get("extra") or {}
    for name, normalise in (("volume", _volume_key), ("pages", _pages_key)):
        gold = normalise(_first(extra.get(name)) or "")
        ours = normalise(getattr(ref, name))
        result[name] = None if not gold and not ours else gold == ours

    accessed = gold_access_note(row)
    has_gold = accessed is not None
    if has_gold or ref.accessed:
        ok = False
        if has_gold and ref.accessed and accessed:
            numbers = set(re.findall(r"\d+", accessed))
            ok = str(ref.accessed.year) in numbers and (
                ref.accessed.day is None
                or str(ref.accessed.day) in {n.lstrip("0") for n in numbers}
            )
        result["accessed"] = ok
    else:
        result["accessed"] = None
    return result


def _gold_segment(row: dict[str, Any], name: str) -> Any:
    if name in ("volume", "pages"):
        return (row.get("extra") or {}).get(name)
    return row.get("date" if name == "year" else name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--show", choices=FIELDS, help="print the misses of one field")
    parser.add_argument("--limit", type=int, default=30, help="how many misses to print")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.path).read_text("utf-8").splitlines() if line]
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    shown = 0
    start = time.perf_counter()
    parse_reference("Warm-up Title, Example Site, 19 December 2025")  # loads the language model
    warm_up = time.perf_counter() - start
    start = time.process_time()
    parsed = [parse_reference(row["raw"])[0] for row in rows]
    elapsed = time.process_time() - start
    for row, ref in zip(rows, parsed, strict=True):
        for name, ok in score_row(row, ref).items():
            if ok is None:
                continue
            seen[name] += 1
            right[name] += ok
            if args.show == name and not ok and shown < args.limit:
                shown += 1
                print(f"--- {row['id']}: {row['raw']}")
                print(
                    f"    gold {name}: {row.get(name if name != 'year' else 'date')!r}"
                    f" author={row.get('author')!r}"
                    if name == "first_author"
                    else f"    gold: {_gold_segment(row, name)!r}"
                )
                print(
                    f"    ours: authors={[a.family for a in ref.authors]} title={ref.title!r} "
                    f"container={ref.container_title!r} issued={ref.issued} url={ref.url!r} "
                    f"accessed={ref.accessed} volume={ref.volume!r} pages={ref.pages!r}"
                )
    print(f"{len(rows)} reference strings from {args.path}")
    print(
        f"parse CPU time {elapsed:.2f} s ({len(rows) / elapsed:,.0f} references/s, every string "
        f"new to the parser; loading the language model first took {warm_up:.2f} s)"
    )
    for name in FIELDS:
        if seen[name]:
            print(f"{name:13s} {right[name] / seen[name]:6.1%}  ({right[name]}/{seen[name]})")
    complete = sum(ref.complete for ref in parsed)
    print(f"complete      {complete / len(parsed):6.1%}  ({complete}/{len(parsed)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
