# %% [markdown]
# # From five documents to one estimate
#
# A notebook-style walk-through (percent format: open it in Jupyter with
# jupytext, in VS Code or in Spyder as a notebook, or run it as a script).
# It reads the five bundled documents, extracts the claims, reconciles them
# into one ranged, cited estimate, and shows the estimate as a sentence, a
# table and a plot.
#
# Outputs (the CSV and the PNG) go to the directory named by the environment
# variable `CLAIMKIT_EXAMPLE_OUT`, or a fresh temporary directory.

# %%
import os
import tempfile
from pathlib import Path

import claimkit
import claimkit.tables

OUT = Path(os.environ.get("CLAIMKIT_EXAMPLE_OUT") or tempfile.mkdtemp(prefix="claimkit-"))
OUT.mkdir(parents=True, exist_ok=True)

# %% [markdown]
# ## 1. Read
#
# `load_corpus()` returns the five bundled documents. Each keeps its original
# text unchanged, a clean reading view, its sentences and a `Source`: what the
# text itself says of where it came from (title, outlet, authors, date).
# Nothing is invented: an unknown date stays unknown.

# %%
documents = claimkit.load_corpus()
for document in documents:
    source = document.source
    print(f"{source.id}  {source.outlet or '-':18}  {source.published or '-'}  {source.title or '-'}")

# %% [markdown]
# ## 2. Extract
#
# `extract_claims` finds every figure with who it comes from, what it
# measures, how it is qualified ("some", "more than") and the exact characters
# that say so; `extract_stances` finds who denies or doubts what. A `Claims`
# collection prints as an aligned table (and shows as HTML in a notebook).

# %%
claims = claimkit.Claims(c for d in documents for c in claimkit.extract_claims(d))
stances = tuple(s for d in documents for s in claimkit.extract_stances(d))
print(claims)

# %% [markdown]
# Every claim's evidence is its document's own text, character for character:

# %%
by_id = {d.source.id: d for d in documents}
first = claims[0]
assert by_id[first.source.id].text[first.span.start : first.span.end] == first.evidence
print(f"{first.actor.name} said {first.quantity} ({first.measure.value}): “{first.evidence}”")

# %% [markdown]
# ## 3. Reconcile
#
# `reconcile` keeps apart what counts something else (casualties, money, the
# strength of a whole corps), reads each qualifier as an interval, and picks
# the low, high and best values, each citing the claims behind it.
# Corroboration is counted by independent origins, not by documents.

# %%
estimate = claimkit.reconcile(claims, stances=stances)
print(estimate)
print()
for line in estimate.citations():
    print(line)

# %% [markdown]
# What was set aside, and why:

# %%
for exclusion in estimate.excluded:
    print(f"- {exclusion.claim.quantity} ({exclusion.claim.measure.value}): {exclusion.reason}")

# %% [markdown]
# ## 4. The table
#
# `to_records()` gives plain dicts for any tool; `to_frame()` a pandas
# DataFrame (extra `claimkit[pandas]`); `claimkit.tables.to_csv` the flat CSV
# with `best`, `low` and `high` first, as event datasets have it.

# %%
frame = estimate.to_frame()
print(frame[["status", "footnote", "sets", "value", "low", "high", "qualifier", "actor", "outlet"]])
rows = claimkit.tables.to_csv(estimate, OUT / "estimate.csv")
print(f"{rows} rows written to {OUT / 'estimate.csv'}")

# %% [markdown]
# ## 5. The plot
#
# `estimate.plot()` (extra `claimkit[plot]`) draws each figure at its date,
# shaped by its qualifier and coloured by its origin, over the low–high band
# and the best line; the small numbers are the footnotes above.

# %%
ax = estimate.plot()
ax.figure.savefig(OUT / "estimate.png", dpi=110, bbox_inches="tight")
print(f"plot written to {OUT / 'estimate.png'}")
