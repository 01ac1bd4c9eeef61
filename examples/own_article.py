# %% [markdown]
# # Adding your own article, and an actor claimkit does not know
#
# The article below is a made-up illustration (not real reporting). It quotes
# a monitoring group that is not in claimkit's bundled actor gazetteer. We
# read it with a `Source` we know better than the text does, teach the
# gazetteer the new actor and its short name, and reconcile its figure
# together with the bundled corpus.

# %%
import datetime as dt

import claimkit
from claimkit.extract.actors import Gazetteer
from claimkit.model import Actor, ActorKind, DateWindow, Source, SourceKind

ARTICLE = """\
Monitors count North Korean soldiers in Kursk

Seoul, 30 October 2024 – About 11,000 North Korean troops had arrived in \
Russia by Wednesday, according to the Korea Defence Watch, a private monitoring \
group. "Our count rests on satellite imagery and rail logs," the KDW said.
"""

# %% [markdown]
# ## Read it, with what we know of its source
#
# Fields of the `Source` we give win over what claimkit infers from the text;
# the ones we leave unknown are still inferred.

# %%
source = Source(
    id="example-kdw-2024-10-30",
    outlet="Example Wire",
    kind=SourceKind.NEWS,
    published=DateWindow.on(dt.date(2024, 10, 30)),
)
document = claimkit.read_document(ARTICLE, source=source)
print(document.source.title, "|", document.source.outlet, "|", document.source.published)

# %% [markdown]
# ## Teach the gazetteer the new actor
#
# `Gazetteer.with_actors` returns a new gazetteer (the default one is never
# changed); its aliases let "the KDW" resolve to the same actor.

# %%
kdw = Actor(
    "Korea Defence Watch",
    kind=ActorKind.ORGANISATION,
    aliases=("KDW", "the Korea Defence Watch"),
    country="South Korea",
)
gazetteer = Gazetteer.default().with_actors([kdw])
print(gazetteer.resolve("the KDW"))

claims = claimkit.extract_claims(document, gazetteer=gazetteer)
print(claims)

# %% [markdown]
# ## Reconcile it with the bundled corpus

# %%
corpus = claimkit.load_corpus()
all_claims = [c for d in corpus for c in claimkit.extract_claims(d, gazetteer=gazetteer)] + list(claims)
estimate = claimkit.reconcile(all_claims)
print(estimate)
for line in estimate.citations():
    if "Korea Defence Watch" in line:
        print(line)
