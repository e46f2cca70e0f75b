"""One exception tree for everything a user can get wrong.

::

    RefharvestError                 exit code 2 unless said otherwise
    ├── InputError                  a file we cannot use, with the path
    │   ├── DecodingError           binary, undecodable or empty text
    │   └── BibParseError           a .bib / CSL-JSON / RIS file that does not parse
    ├── UsageError                  options that do not fit together
    ├── StyleError                  unknown or broken CSL style / locale
    ├── EngineMissingError          Node.js or the citeproc npm package absent
    └── OutputError                 an output file that cannot be written

Each error carries a one-line message and, where useful, a ``hint`` telling
the user what to do; the CLI prints both and no traceback.
"""

from __future__ import annotations


class RefharvestError(Exception):
    """Base of every error the tool raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str = "", path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = path

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        return f"{text} ({self.hint})" if self.hint else text


class InputError(RefharvestError):
    """An input file that cannot be read or used."""


class DecodingError(InputError):
    """Bytes that are not text in any encoding we accept."""


class BibParseError(InputError):
    """A bibliography file (.bib, CSL-JSON, RIS) that does not parse."""


class UsageError(RefharvestError):
    """Options or arguments that do not fit together."""


class StyleError(RefharvestError):
    """An unknown style name, or a CSL/locale file that is broken."""


class EngineMissingError(RefharvestError):
    """The citation engine's runtime (Node.js + citeproc) is not installed."""


class OutputError(RefharvestError):
    """An output file that cannot be written."""
