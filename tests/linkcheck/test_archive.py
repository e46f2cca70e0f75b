"""Archived copies from a local stand-in of the Wayback availability API."""

from __future__ import annotations

from refharvest.linkcheck import CheckOptions, LinkTarget, check_urls
from refharvest.model import PartialDate

from .servers import ArchiveStandIn, page, status


def test_dead_link_gets_the_snapshot_nearest_its_access_date(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    site.routes["/gone"] = status(410)
    site.routes["/ok"] = page()
    dead_url = site.url("/gone")
    api = ArchiveStandIn({dead_url: ["20190101000000", "20210502093000", "20240101000000"]})
    archive = make_site(2)
    archive.routes["/wayback/available"] = api
    options = CheckOptions(
        allow_private=True, archive=True, archive_endpoint=archive.url("/wayback/available")
    )
    targets = [
        LinkTarget(dead_url, ("dead",), accessed=PartialDate(2021, 5, 3)),
        LinkTarget(site.url("/ok"), ("alive",)),
    ]
    dead, alive = check_urls(targets, options)
    # The entry was read on 2021-05-03: the 2021-05-02 capture, not the latest (2024).
    assert dead.archived_url == f"http://web.archive.org/web/20210502093000/{dead_url}"
    assert dead.archived_timestamp == "20210502093000"
    assert api.asked == [{"url": dead_url, "timestamp": "20210503"}]  # only the dead link
    assert alive.archived_url == ""


def test_no_snapshot_and_broken_api_leave_no_archive(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    site.routes["/gone"] = status(404)
    archive = make_site(2)
    archive.routes["/empty"] = ArchiveStandIn({})
    archive.routes["/broken"] = status(500)
    for endpoint in ("/empty", "/broken"):
        options = CheckOptions(
            allow_private=True, archive=True, archive_endpoint=archive.url(endpoint)
        )
        [result] = check_urls([LinkTarget(site.url("/gone"))], options)
        assert (result.verdict, result.archived_url) == ("dead", "")
