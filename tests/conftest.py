"""Test-wide settings.

Property tests draw their examples from a fixed seed, so a run on a clean clone
(CI) passes or fails the same way every time; a failure found there can be
replayed. ``HYPOTHESIS_PROFILE=explore make test`` draws fresh examples on each
run, to look for new failures.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
