"""Markdown-ish web text: ``^[n]`` markers, ``[n]`` notes, ``<url>`` autolinks.

The notes themselves are plain ``[n] …`` paragraphs the footnote finder reads
like any text; this reader only collects the targets of inline links
(``[label](https://…)``), which point somewhere the text does not spell out.
"""

from __future__ import annotations

import re

_INLINE_LINK = re.compile(r"\]\((https?://[^)\s]+)\)")


def inline_link_targets(text: str) -> list[str]:
    """Distinct absolute targets of ``[label](url)`` links, in order."""
    return list(dict.fromkeys(_INLINE_LINK.findall(text)))
