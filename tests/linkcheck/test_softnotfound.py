"""Soft-404 judgement on page samples written by hand."""

from __future__ import annotations

import pytest

from refharvest.linkcheck.softnotfound import (
    PageSample,
    judge,
    probe_key,
    probe_url,
    says_not_found,
)

HOST = "https://news.example"
MISSING_TEXT = "Sayfa bulunamadı. Aradığınız sayfa {} bulunamadı. Ana sayfaya dönün."
ARTICLE = (
    "When an ingress answers 404 the service selector or the path rule is usually wrong. "
    "Check the pods, the endpoints and the ingress class before blaming the controller."
)


def sample(
    path: str, title: str, text: str, final: str | None = None, status: int = 200
) -> PageSample:
    url = HOST + path
    return PageSample(url=url, final_url=final or url, status=status, title=title, text=text)


PROBE = sample("/refharvest-0f0f", "Sayfa bulunamadı", MISSING_TEXT.format("/refharvest-0f0f"))


@pytest.mark.parametrize(
    ("page", "probe", "soft"),
    [
        pytest.param(
            sample("/2019/old", "Sayfa bulunamadı", MISSING_TEXT.format("/2019/old")),
            PROBE, True, id="same-missing-page",
        ),
        pytest.param(
            sample("/k8s", "Error 404 in Kubernetes", ARTICLE), PROBE, False,
            id="kubernetes-article",
        ),
        pytest.param(
            sample("/2019/old", "Sayfa bulunamadı", MISSING_TEXT.format("/2019/old")),
            sample("/refharvest-0f0f", "Not Found", "Not Found", status=404),
            False, id="host-answers-404-so-200-is-believed",
        ),
        pytest.param(
            sample("/old", "Home", "Welcome", final=HOST + "/"),
            sample("/refharvest-0f0f", "Home", "Welcome", final=HOST + "/"),
            True, id="everything-goes-home",
        ),
        pytest.param(
            sample("/", "Home", "Welcome"), sample("/x", "Home", "Welcome"), False, id="home-itself"
        ),
        pytest.param(sample("/a", "Real", ARTICLE), None, False, id="no-probe"),
    ],
)  # fmt: skip
def test_judge(page: PageSample, probe: PageSample | None, soft: bool) -> None:
    assert (judge(page, probe) is not None) is soft


@pytest.mark.parametrize(
    "text",
    ["Sayfa Bulunamadı", "Page not found", "Seite nicht gefunden", "Страница не найдена",
     "Página no encontrada", "Error 404"],
)  # fmt: skip
def test_not_found_wording(text: str) -> None:
    assert says_not_found(text)


def test_ordinary_titles_do_not_say_not_found() -> None:
    assert not says_not_found("Türkiye'nin enerji politikası", "Ankara'da bulunan müze")


def test_probe_is_a_random_path_of_the_same_origin() -> None:
    first, second = probe_url(HOST + "/news/2019/a"), probe_url(HOST + "/news/2019/a")
    assert first != second and first.startswith(HOST + "/refharvest-")
    assert probe_key(HOST + "/news/2019/a") == probe_key(HOST + "/blog/b")
    assert probe_key(HOST + "/a") != probe_key("http://news.example/a")
