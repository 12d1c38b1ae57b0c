"""Chinese substring search over 办文, kept in step by the services.

Each document carries ``search_text``: its 标题, 文号, 来文单位/发文机关 and
摘要 (收文) or the current version's text (发文), NFKC-normalised and
lower-cased so one plain ``LIKE`` serves both databases. Chinese has no spaces
to split words on, so both indexes work on character trigrams:

- PostgreSQL: a ``pg_trgm`` GIN index on ``search_text`` (migration 0002); a
  ``LIKE '%…%'`` of three or more characters is answered from the index.
- SQLite (≥ 3.34): an FTS5 table per model with ``tokenize='trigram'``, rowid =
  the document's id, written here in the caller's transaction.

Queries of one or two characters have no trigram: they fall back to a plain
``LIKE`` scan of the newest SHORT_SCAN documents, newest first, stopping at
the page limit (the search page says so). So does everything
when the index is missing (SQLite without the trigram tokenizer, PostgreSQL
without the extension). Results are always filtered by restrict() — this
module only narrows a queryset the caller already restricted.
"""

from __future__ import annotations

import unicodedata

from django.db import connection
from django.db.models.expressions import RawSQL

from .models import Incoming, Outgoing

FTS_TABLES = {Incoming: "documents_incoming_fts", Outgoing: "documents_outgoing_fts"}
MIN_INDEXED = 3  # a trigram needs three characters
SHORT_SCAN = 100_000  # shorter queries look at this many newest documents per kind
_fts_ready: dict[str, bool] = {}


def normalize(text: str) -> str:
    """Full-width → half-width, lower case, whitespace collapsed (for text and query alike)."""
    return " ".join(unicodedata.normalize("NFKC", text or "").lower().split())


def incoming_text(doc: Incoming) -> str:
    return normalize(" ".join([doc.title, doc.number if doc.serial else "", doc.original_number, doc.source_name, doc.summary]))


def outgoing_text(doc: Outgoing, body: str | None = None) -> str:
    if body is None:
        body = doc.versions.filter(number=doc.version).values_list("text", flat=True).first() or ""
    return normalize(" ".join([doc.title, doc.doc_number, body]))


def index_incoming(doc: Incoming) -> None:
    _store(doc, incoming_text(doc))


def index_outgoing(doc: Outgoing, body: str | None = None) -> None:
    _store(doc, outgoing_text(doc, body))


def _store(doc, text: str) -> None:
    model, pk = type(doc), doc.pk
    doc.search_text = text  # a later doc.save() in the same service keeps it
    model.objects.filter(pk=pk).update(search_text=text)
    if fts_ready(model):
        table = FTS_TABLES[model]
        with connection.cursor() as c:
            c.execute(f"DELETE FROM {table} WHERE rowid = %s", [pk])
            c.execute(f"INSERT INTO {table} (rowid, body) VALUES (%s, %s)", [pk, text])


def fts_ready(model) -> bool:
    """Whether this SQLite database has the model's FTS5 trigram table."""
    if connection.vendor != "sqlite":
        return False
    table = FTS_TABLES[model]
    key = f"{connection.settings_dict['NAME']}:{table}"
    if key not in _fts_ready:
        with connection.cursor() as c:
            c.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [table])
            found = c.fetchone() is not None
        if not found:
            return False  # not cached: the table may appear once migrations run
        _fts_ready[key] = True
    return _fts_ready[key]


def matching(qs, q: str):
    """Narrow ``qs`` (Incoming or Outgoing, already restricted) to documents containing ``q``."""
    q = normalize(q)
    if not q:
        return qs
    model = qs.model
    if len(q) >= MIN_INDEXED and fts_ready(model):
        phrase = '"' + q.replace('"', '""') + '"'
        return qs.filter(pk__in=RawSQL(f"SELECT rowid FROM {FTS_TABLES[model]} WHERE {FTS_TABLES[model]} MATCH %s", [phrase]))
    # PostgreSQL answers this LIKE from the pg_trgm index when q has ≥ 3 characters.
    qs = qs.filter(search_text__contains=q)
    if len(q) < MIN_INDEXED:
        # No trigram: bound the scan to the newest SHORT_SCAN documents (a rare
        # two-character word would otherwise read the whole table, ~1 s at 1,000,000).
        top = model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        qs = qs.filter(pk__gt=top - SHORT_SCAN)
    return qs


def is_short(q: str) -> bool:
    return 0 < len(normalize(q)) < MIN_INDEXED


def reindex(model=None, *, batch: int = 2000) -> int:
    """Rebuild search_text (and the FTS table) for every row: after imports or bulk loads."""
    done = 0
    for m in [model] if model else [Incoming, Outgoing]:
        if fts_ready(m):
            with connection.cursor() as c:
                c.execute(f"DELETE FROM {FTS_TABLES[m]}")
        last = 0
        while True:
            rows = list(m.objects.filter(pk__gt=last).order_by("pk")[:batch])
            if not rows:
                break
            for doc in rows:
                index_incoming(doc) if m is Incoming else index_outgoing(doc)
            last = rows[-1].pk
            done += len(rows)
    return done
