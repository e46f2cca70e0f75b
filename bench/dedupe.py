"""Benchmark of ``dedupe_references`` on a synthetic library with known duplicates.

    .venv/bin/python bench/dedupe.py                 # 10,000 and 100,000 entries
    .venv/bin/python bench/dedupe.py --sizes 20000 --tracemalloc

Each library has 80% original works and 20% duplicates of them in the forms
the two language versions of an article produce: URL variants (``www.``,
scheme, trailing slash, ``utm_*``/``fbclid``, fragment, host case, angle
brackets), site names translated through the alias table (Anadolu Ajansı /
Anadolu Agency …), titles re-cased, re-punctuated or transliterated
(``diyaloğu`` / ``diyalogu``), and a share of duplicates with no URL at all,
which can only be found by title, site and day. Dates are PartialDate values
(the date parser is another module); some duplicates give the year only.

Adversarial originals that must NOT be merged: pages of one site on one day
with different URLs (built in: few sites, many pages), the same title on
another site, the same title on the same site on another day, and the same
title, site and day under two different URLs.

Printed: time of ``dedupe_references``, peak memory, and pairwise precision
and recall of the merges against the ground truth. Targets (issue 3):
100,000 entries in under 10 s on one core, precision 1.0, recall >= 0.98.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time
import tracemalloc
from collections import Counter
from collections.abc import Sequence

from anyascii import anyascii

from refharvest.dedupe import SiteAliases, dedupe_references
from refharvest.model import Citation, Name, PartialDate, Reference

#: (Turkish name, English name, host): translated pairs from the shipped alias table.
SITES = [
    ("Anadolu Ajansı", "Anadolu Agency", "aa.com.tr"),
    ("Japonya Dışişleri Bakanlığı", "Ministry of Foreign Affairs of Japan", "mofa.go.jp"),
    ("Avrupa İmar ve Kalkınma Bankası", "European Bank for Reconstruction and Development",
     "ebrd.com"),
    ("Avrupa Birliği Konseyi", "Council of the European Union", "consilium.europa.eu"),
    ("ABD Dışişleri Bakanlığı", "U.S. Department of State", "state.gov"),
    ("Şinhua", "Xinhua", "news.cn"),
    ("Halk Günlüğü", "People's Daily", "people.cn"),
    ("Dünya Bankası", "World Bank", "worldbank.org"),
    ("Jamestown", "Jamestown", "jamestown.org"),
    ("Tercüman", "Tercüman", "tercuman.com"),
    ("Times of Central Asia", "Times of Central Asia", "timesca.com"),
    ("Japan Forward", "Japan Forward", "japan-forward.com"),
]  # fmt: skip

WORDS = (  # noqa: SIM905
    "orta asya japonya diyaloğu zirvesi liderler yeni dönem işbirliği ticaret hacmi milyar "
    "doları aştı enerji ulaşım koridoru kritik mineraller güvenlik central asia japan summit "
    "dialogue cooperation strategy partnership corridor minerals energy trade security "
    "connectivity investment forum ministers meeting roadmap deepening ties growing "
    "importance region policy kazakhstan uzbekistan kyrgyzstan tajikistan turkmenistan "
    "azerbaijan türkiye çin rusya avrupa birliği initiative tokyo astana bişkek taşkent"
).split()
FIRST_NAMES = "Bahtiyar Emre Asma Robert Melih Seyda Aidana Vusal He Ahmet".split()  # noqa: SIM905
FAMILY_NAMES = (
    "Abdülkerimov Aytekin Siddiq Cutler Demirtaş Osmanlı Guliyev Yin Sağlam Kyzy".split()  # noqa: SIM905
)


def _title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(6, 11))
    text = " ".join(words).capitalize()
    cut = rng.randint(2, len(words) - 2)
    parts = text.split(" ")
    return " ".join(parts[:cut]) + ": " + " ".join(parts[cut:])


def _original(rng: random.Random, number: int) -> Reference:
    turkish, english, host = rng.choice(SITES)
    language = rng.choice(("tr", "en"))
    year = rng.randint(2015, 2025)
    return Reference(
        type="article-newspaper",
        title=_title(rng),
        container_title=turkish if language == "tr" else english,
        issued=PartialDate(year, rng.randint(1, 12), rng.randint(1, 28)),
        url=f"https://www.{host}/{language}/{rng.choice(WORDS)}/{number}",
        authors=[Name(rng.choice(FAMILY_NAMES), rng.choice(FIRST_NAMES))]
        if rng.random() < 0.5
        else [],
        language=language,
    )


def _url_variant(rng: random.Random, url: str) -> str:
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    changes = rng.sample(range(7), rng.randint(1, 4))
    if 0 in changes:
        scheme = "http"
    if 1 in changes:
        host = host.removeprefix("www.")
    if 2 in changes:
        host = host.upper()
    text = f"{scheme}://{host}/{path}"
    if 3 in changes:
        text += "/"
    if 4 in changes:
        text += rng.choice(("?utm_source=twitter&utm_medium=social", "?fbclid=IwAR0x", "?gclid=1"))
    if 5 in changes:
        text += "#" + rng.choice(("comments", "top", "section-2"))
    if 6 in changes:
        text = f"<{text}>"
    return text


def _title_variant(rng: random.Random, title: str) -> str:
    choice = rng.randrange(5)
    if choice == 0:
        return title.upper()
    if choice == 1:
        return anyascii(title)  # "diyaloğu" -> "diyalogu"
    if choice == 2:
        return title.replace(":", " -").replace(" ", "  ")
    if choice == 3:
        return f"“{title}”."
    return title.lower()


def _duplicate(rng: random.Random, original: Reference) -> Reference:
    dup = original.copy()
    turkish, english = next((t, e) for t, e, _ in SITES if original.container_title in (t, e))
    dup.container_title = english if original.container_title == turkish else turkish
    dup.title = _title_variant(rng, original.title)
    roll = rng.random()
    if roll < 0.75:
        dup.url = _url_variant(rng, original.url)
    else:
        dup.url = ""  # found only by title, site and day
        if roll > 0.985 and original.issued is not None:
            dup.issued = PartialDate(original.issued.year)  # year only: a person decides
    return dup


def make_library(size: int, seed: int = 20260123) -> tuple[list[Reference], list[int]]:
    """``size`` references and the ground-truth work id of each."""
    rng = random.Random(seed)
    originals_count = size - size // 5
    originals: list[Reference] = []
    for number in range(originals_count):
        roll = rng.random()
        if originals and roll < 0.02:
            # same title on another site: a different work
            other = _original(rng, number)
            base = rng.choice(originals)
            other.title = base.title
            originals.append(other)
        elif originals and roll < 0.03:
            # same title and site, another day and URL: a different work
            other = rng.choice(originals).copy()
            assert other.issued is not None
            other.issued = PartialDate(other.issued.year - 1, other.issued.month, other.issued.day)
            other.url = other.url.rsplit("/", 1)[0] + f"/{number}"
            originals.append(other)
        elif originals and roll < 0.035:
            # same title, site and day under another URL: a different work
            other = rng.choice(originals).copy()
            other.url = other.url.rsplit("/", 1)[0] + f"/{number}"
            originals.append(other)
        else:
            originals.append(_original(rng, number))
    refs: list[tuple[Reference, int]] = [(ref, i) for i, ref in enumerate(originals)]
    for _ in range(size - originals_count):
        work = rng.randrange(originals_count)
        refs.append((_duplicate(rng, originals[work]), work))
    rng.shuffle(refs)
    library = []
    truth = []
    for position, (ref, work) in enumerate(refs):
        ref.citations = [Citation(f"art{position // 40}", str(position % 40 + 1), 0, ref.title)]
        library.append(ref)
        truth.append(work)
    return library, truth


def _pairs(sizes: Counter[int] | Counter[tuple[int, int]]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def precision_recall(predicted: Sequence[int], truth: Sequence[int]) -> tuple[float, float]:
    """Pairwise precision and recall of the merges."""
    predicted_pairs = _pairs(Counter(predicted))
    true_pairs = _pairs(Counter(truth))
    both = _pairs(Counter(zip(predicted, truth, strict=True)))
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return precision, recall


def run(size: int, *, trace: bool) -> None:
    library, truth = make_library(size)
    aliases = SiteAliases.default()
    gc.collect()
    if trace:
        tracemalloc.start()
    start, cpu_start = time.perf_counter(), time.process_time()
    result = dedupe_references(library, aliases=aliases)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = ""
    if trace:
        _, peak_bytes = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        peak = f"  traced peak {peak_bytes / 2**20:7.1f} MiB (slower run)"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    precision, recall = precision_recall(result.work_of, truth)
    print(
        f"{size:>8,} entries  wall {elapsed:6.2f} s  cpu {cpu:6.2f} s  "
        f"{cpu / size * 1e6:5.1f} us/entry  "
        f"max RSS {rss:7.1f} MiB{peak}  works {len(result.works):,} "
        f"(truth {len(set(truth)):,})  possible {len(result.possible):,}  "
        f"precision {precision:.4f}  recall {recall:.4f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also measure the traced peak (slower)"
    )
    args = parser.parse_args()
    for size in args.sizes:
        run(size, trace=args.tracemalloc)


if __name__ == "__main__":
    main()
