"""``--update`` on a .bib written by hand: only the intended fields change."""

from __future__ import annotations

from pathlib import Path

from bibtexparser.entrypoint import parse_string

from refharvest.linkcheck.results import Hop, LinkResult, PageMetadata
from refharvest.linkcheck.update import apply_updates, write_library

BIB = """@string{aa = "Anadolu Ajansı"}
% a comment that must survive

@online{moved,
  title = {Moved page},
  url = {http://old.example/a},
  urldate = {2024-01-02}
}

@online{temp,
  title = {Temporarily elsewhere},
  url = {http://t.example/a}
}

@online{dead,
  title = {Dead page},
  url = {https://gone.example/x},
  note = {keep me}
}

@online{bare,
  title = {Bare page},
  url = {https://bare.example/p}
}
"""

RESULTS = [
    LinkResult(url="http://old.example/a", verdict="alive", reason="redirected-permanent",
               final_url="https://new.example/a",
               redirects=[Hop("http://old.example/a", 301), Hop("https://old.example/a", 308)],
               entries=["moved"]),
    LinkResult(url="http://t.example/a", verdict="alive", reason="redirected-temporary",
               final_url="http://t.example/login", redirects=[Hop("http://t.example/a", 302)],
               entries=["temp"]),
    LinkResult(url="https://gone.example/x", verdict="dead", reason="not-found",
               archived_url="http://web.archive.org/web/20230101000000/https://gone.example/x",
               archived_timestamp="20230101000000", entries=["dead"]),
    LinkResult(url="https://bare.example/p", verdict="alive", reason="ok", entries=["bare"],
               metadata=PageMetadata(title="Bare page", authors=["Ayşe Yılmaz"],
                                     published="2024-03-05T10:00:00+03:00",
                                     site_name="Örnek Haber")),
]  # fmt: skip


def fields(library, key: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    entry = next(e for e in library.entries if e.key == key)
    return {f.key: f.value for f in entry.fields}


def test_permanent_redirects_and_archives_are_written(tmp_path: Path) -> None:
    library = parse_string(BIB)
    changes = apply_updates(library, RESULTS)
    assert fields(library, "moved")["url"] == "https://new.example/a"
    assert fields(library, "temp")["url"] == "http://t.example/a"  # temporary: kept
    dead = fields(library, "dead")
    assert dead["url"] == "https://gone.example/x"
    assert dead["archiveurl"].endswith("/20230101000000/https://gone.example/x")
    assert dead["archivedate"] == "2023-01-01" and dead["note"] == "keep me"
    assert "date" not in fields(library, "bare")  # no --enrich
    assert [(c.key, c.field) for c in changes] == [
        ("moved", "url"),
        ("dead", "archiveurl"),
        ("dead", "archivedate"),
    ]
    out = tmp_path / "fixed.bib"
    write_library(library, out)
    text = out.read_text(encoding="utf-8")
    assert "a comment that must survive" in text and "Anadolu Ajansı" in text
    again = parse_string(text)
    assert len(again.entries) == 4 and fields(again, "moved")["urldate"] == "2024-01-02"


def test_enrich_fills_only_missing_fields() -> None:
    library = parse_string(BIB)
    apply_updates(library, RESULTS, enrich=True)
    bare = fields(library, "bare")
    assert (bare["date"], bare["author"], bare["organization"]) == (
        "2024-03-05",
        "Ayşe Yılmaz",
        "Örnek Haber",
    )
    assert "author" not in fields(library, "moved")  # no metadata for it
