"""``refharvest check`` end to end: real loopback servers, files written by hand.

Expected verdicts follow from what each path of the test site is made to do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from refharvest.cli.main import main

from ..linkcheck.servers import ArchiveStandIn, SiteServer, page, redirect, status


@pytest.fixture
def site() -> Iterator[SiteServer]:
    server = SiteServer("127.0.0.1").start()
    server.routes.update(
        {
            "/ok": page("Enerji politikası"),
            "/old": redirect(301, "/ok"),
            "/gone": status(404),
            "/wayback": ArchiveStandIn({}),
        }
    )
    yield server
    server.stop()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(argv)
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out, err


def write_bib(path: Path, site: SiteServer) -> Path:
    path.write_text(
        "% my library\n"
        f"@online{{live, title = {{Enerji politikası}}, url = {{{site.url('/ok')}}}}}\n"
        f"@online{{moved, title = {{Enerji politikası}}, url = {{{site.url('/old')}}}}}\n"
        f"@online{{dead, title = {{Dead}}, url = {{{site.url('/gone')}}}, "
        "urldate = {2021-05-03}}\n"
        "@book{nourl, title = {A book}, year = {2001}}\n",
        encoding="utf-8",
    )
    return path


def test_table_and_exit_code(site: SiteServer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bib = write_bib(tmp_path / "refs.bib", site)
    code, out, _ = run(["check", str(bib), "--allow-private", "--no-cache"], capsys)
    assert code == 1  # one link is dead
    assert out.index("DEAD (1)") < out.index("ALIVE (2)")
    assert "cited by dead" in out
    assert out.rstrip().splitlines()[-1].startswith("3 links: 2 alive, 1 dead, 0 unknown")
    code, _, _ = run(
        ["check", str(bib), "--allow-private", "--no-cache", "--fail-on", "never"], capsys
    )
    assert code == 0


def test_fail_on_warn_counts_redirects(site: SiteServer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# links\n{site.url('/ok')}\n\n{site.url('/old')}\n", encoding="utf-8")
    base = ["check", str(urls), "--allow-private", "--no-cache"]
    assert run(base, capsys)[0] == 0
    assert run([*base, "--fail-on", "warn"], capsys)[0] == 1


def test_json_report_file(site: SiteServer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bib = write_bib(tmp_path / "refs.bib", site)
    out = tmp_path / "out" / "links.json"
    code, _, err = run(
        ["check", str(bib), "--allow-private", "--cache", str(tmp_path / "c.sqlite"),
         "--format", "json", "-o", str(out)],
        capsys,
    )  # fmt: skip
    assert code == 1 and "wrote" in err
    document = json.loads(out.read_text(encoding="utf-8"))
    by_entry = {r["entries"][0]: r for r in document["results"]}
    assert set(by_entry) == {"live", "moved", "dead"}
    assert by_entry["moved"]["final_url"] == site.url("/ok")
    assert by_entry["moved"]["redirects"] == [{"url": site.url("/old"), "status": 301}]
    assert (by_entry["dead"]["verdict"], by_entry["dead"]["http_status"]) == ("dead", 404)


def test_update_writes_redirects_and_archive(site: SiteServer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    dead_url = site.url("/gone")
    site.routes["/wayback"] = ArchiveStandIn({dead_url: ["20210501000000", "20250101000000"]})
    bib = write_bib(tmp_path / "refs.bib", site)
    fixed = tmp_path / "fixed.bib"
    code, out, err = run(
        ["check", str(bib), "--update", "-o", str(fixed), "--allow-private", "--no-cache",
         "--archive-endpoint", site.url("/wayback")],
        capsys,
    )  # fmt: skip
    assert code == 1 and "DEAD (1)" in out
    assert f"updated moved: url = {site.url('/old')} → {site.url('/ok')}" in err
    library = parse_string(fixed.read_text(encoding="utf-8"))
    entries = {e.key: {f.key: f.value for f in e.fields} for e in library.entries}
    assert entries["moved"]["url"] == site.url("/ok")
    assert entries["live"]["url"] == site.url("/ok")
    assert entries["dead"]["archiveurl"] == f"http://web.archive.org/web/20210501000000/{dead_url}"
    assert entries["nourl"] == {"title": "A book", "year": "2001"}
    assert "my library" in fixed.read_text(encoding="utf-8")
    assert bib.read_text(encoding="utf-8").count("archiveurl") == 0  # input untouched


def test_loopback_refused_without_allow_private(site: SiteServer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/ok") + "\n", encoding="utf-8")
    code, out, _ = run(["check", str(urls), "--no-cache"], capsys)
    assert code == 0 and "blocked-private-address" in out and "--allow-private" in out
    assert site.requests == []


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["check", "missing.bib"], id="missing-file"),
        pytest.param(["check", "{bib}", "--enrich"], id="enrich-without-update"),
        pytest.param(["check", "{bib}", "--update"], id="update-without-output"),
        pytest.param(["check", "{bib}", "--max-age", "soon"], id="bad-duration"),
        pytest.param(["check", "{bib}", "--format", "pdf"], id="bad-format"),
    ],
)
def test_usage_and_input_errors_exit_2(argv: list[str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bib = tmp_path / "x.bib"
    bib.write_text("@online{a, url = {ftp://x.example/}}\n", encoding="utf-8")
    code, _, err = run([a.replace("{bib}", str(bib)) for a in argv], capsys)
    assert code == 2 and "Traceback" not in err


def test_broken_bib_is_an_input_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bib = tmp_path / "broken.bib"
    bib.write_text("@online{a, title = {unclosed\n", encoding="utf-8")
    code, _, err = run(["check", str(bib), "--no-cache"], capsys)
    assert code == 2 and "broken.bib" in err and "line 1" in err


def test_article_and_csljson_inputs(site: SiteServer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "article.txt"
    article.write_text(
        "Başlık\n\nMetin burada.[1]\n\n"
        f'[1] Ayşe Yılmaz, "Enerji politikası", Örnek Haber, 5 Mart 2024, {site.url("/ok")}, '
        "(Erişim tarihi: 6 Mart 2024).\n",
        encoding="utf-8",
    )
    items = [
        {"id": "gone2021", "type": "webpage", "title": "Dead", "URL": site.url("/gone")},
        {"id": "book2001", "type": "book", "title": "A book"},
    ]
    csl = tmp_path / "items.json"
    csl.write_text(json.dumps(items), encoding="utf-8")
    out = tmp_path / "links.json"
    code, _, err = run(
        ["check", str(article), str(csl), "--allow-private", "--no-cache", "--no-archive",
         "--format", "json", "-o", str(out)],
        capsys,
    )  # fmt: skip
    assert code == 1 and "1 reference(s) have no URL" in err
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    verdicts = {r["url"]: (r["verdict"], r["entries"]) for r in results}
    assert verdicts[site.url("/gone")] == ("dead", ["gone2021"])
    assert verdicts[site.url("/ok")][0] == "alive" and verdicts[site.url("/ok")][1]
