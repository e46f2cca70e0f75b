"""Translated names of one site or organisation, kept as data.

"Anadolu Ajansı" and "Anadolu Agency" name one agency; citing the same page
from the Turkish and the English version of an article gives both. The table
ships in ``refharvest/data/site_aliases.json`` and a user extends it with a
file of the same format (``refs/site-aliases.json``)::

    {
      "sites": [
        {"tr": ["Anadolu Ajansı"], "en": ["Anadolu Agency", "AA"]},
        {"tr": ["Japonya Dışişleri Bakanlığı"], "en": ["Ministry of Foreign Affairs of Japan"]}
      ],
      "suffixes": {"tr": ["Resmi Sayfası"], "en": ["Official Website"]}
    }

Each object of ``sites`` is one site: language code → the names it goes by in
that language (the first is the preferred spelling). ``suffixes`` are words a
citation appends to any site name ("… Resmi Sayfası", "… Official Website");
they are dropped before comparing. Names compare transliterated, case- and
punctuation-folded, with a leading "The" ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..fsutil import read_json_file
from .fold import fold_words

_FORMAT_HINT = 'expected {"sites": [{"tr": ["…"], "en": ["…"]}]}'

#: File name of the user's own table inside the corpus folder.
USER_ALIASES_FILE = "site-aliases.json"


@dataclass
class SiteAliases:
    """Folded site name → canonical site id, plus each id's names per language."""

    _ids: dict[str, str] = field(default_factory=dict)
    _names: dict[str, dict[str, str]] = field(default_factory=dict)
    _suffixes: list[list[str]] = field(default_factory=list)
    _languages: dict[str, set[str]] = field(default_factory=dict)
    _memo: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def default(cls) -> SiteAliases:
        """The table shipped with refharvest."""
        text = resources.files("refharvest").joinpath("data/site_aliases.json").read_text("utf-8")
        aliases = cls()
        aliases.extend(json.loads(text), source="site_aliases.json")
        return aliases

    @classmethod
    def load(cls, config_dir: Path | None) -> SiteAliases:
        """The shipped table extended by ``config_dir/site-aliases.json`` when present."""
        aliases = cls.default()
        if config_dir is not None:
            path = Path(config_dir) / USER_ALIASES_FILE
            if path.is_file():
                aliases.extend_from_file(path)
        return aliases

    def extend_from_file(self, path: Path) -> None:
        """``extend`` with a user's table; a file that cannot be read is an ``InputError``."""
        data = read_json_file(path, "site aliases", hint=_FORMAT_HINT)
        self.extend(data, source=str(path))

    def extend(self, data: Any, *, source: str = "") -> None:
        """Add the sites and suffixes of one table (format in the module docstring)."""
        if not isinstance(data, Mapping) or not isinstance(data.get("sites", []), list):
            raise InputError("site aliases must be an object with a list 'sites'", path=source)
        suffixes = data.get("suffixes", {})
        if not isinstance(suffixes, Mapping):
            raise InputError("'suffixes' must map a language to a list of words", path=source)
        for words in suffixes.values():
            for suffix in _strings(words, source):
                folded = fold_words(suffix)
                if folded and folded not in self._suffixes:
                    self._suffixes.append(folded)
        self._suffixes.sort(key=len, reverse=True)
        self._memo.clear()
        for site in data.get("sites", []):
            if not isinstance(site, Mapping):
                raise InputError("each site must map a language to its names", path=source)
            self._add_site({str(lang): _strings(names, source) for lang, names in site.items()})

    def _add_site(self, names_by_language: Mapping[str, list[str]]) -> None:
        folded_names = [self._fold(name) for names in names_by_language.values() for name in names]
        # A name already known joins its site: user files extend shipped entries.
        site_id = next((self._ids[f] for f in folded_names if f in self._ids), "")
        if not site_id:
            site_id = next((f for f in folded_names if f), "")
        if not site_id:
            return
        for folded in folded_names:
            if folded:
                self._ids[folded] = site_id
        for language, names in names_by_language.items():
            for name in names:
                self._languages.setdefault(self._fold(name), set()).add(language)
        preferred = self._names.setdefault(site_id, {})
        for language, names in names_by_language.items():
            if names:
                preferred.setdefault(language, names[0])

    def _fold(self, name: str) -> str:
        words = fold_words(name)
        if words[:1] == ["the"]:
            words = words[1:]
        for suffix in self._suffixes:
            if len(words) > len(suffix) and words[-len(suffix) :] == suffix:
                words = words[: -len(suffix)]
                break
        return " ".join(words)

    def site_id(self, name: str) -> str:
        """The canonical id of a site name; an unknown name is its own folded form."""
        known = self._memo.get(name)
        if known is None:
            folded = self._fold(name)
            known = self._memo[name] = self._ids.get(folded, folded)
        return known

    def name_in(self, name: str, language: str) -> str:
        """The preferred name of ``name``'s site in ``language``, or ""."""
        return self._names.get(self.site_id(name), {}).get(language, "")

    def language_of(self, name: str) -> str:
        """The language the table lists ``name`` under, or "" when unknown or shared."""
        languages = self._languages.get(self._fold(name), set())
        return next(iter(languages)) if len(languages) == 1 else ""


def _strings(value: Any, source: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and all(isinstance(v, str) for v in value):
        return list(value)
    raise InputError(f"expected a name or a list of names, got {value!r}", path=source)
