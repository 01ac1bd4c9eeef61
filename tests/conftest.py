"""Shared test configuration: hypothesis profiles and corpus fixtures.

Profiles (choose with the ``HYPOTHESIS_PROFILE`` environment variable):

* ``ci`` — thorough and derandomised: 300 examples per property, no deadline,
  the same examples on every run, so CI is reproducible. ``.ci/run`` uses it.
* ``dev`` — the default for local runs: 50 examples, randomised.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
