"""Trigram indexes for Chinese substring search (see documents/search.py).

PostgreSQL: the pg_trgm extension and GIN indexes on search_text. SQLite: FTS5
tables with the trigram tokenizer (SQLite ≥ 3.34). Where either is not
available (no privilege to create the extension, an old SQLite), the migration
still succeeds and search falls back to a plain LIKE scan.
"""

import logging

from django.db import DatabaseError, migrations, transaction

log = logging.getLogger(__name__)

PG_INDEXES = {"documents_incoming": "documents_in_search_trgm", "documents_outgoing": "documents_out_search_trgm"}
FTS = {"documents_incoming": "documents_incoming_fts", "documents_outgoing": "documents_outgoing_fts"}


PG_NORMALIZE = "btrim(regexp_replace(lower(normalize({}, NFKC)), '\\s+', ' ', 'g'))"


def backfill(apps, schema_editor):
    from zhongshu.documents.search import normalize

    if schema_editor.connection.vendor == "postgresql":
        # One UPDATE per table: a million rows in seconds, not row by row.
        # (`zhongshu documents_reindex` recomputes exactly as the services do.)
        with schema_editor.connection.cursor() as c:
            c.execute("UPDATE documents_incoming SET search_text = " + PG_NORMALIZE.format(
                "concat_ws(' ', title, CASE WHEN serial IS NOT NULL THEN '收〔' || year || '〕' || serial || '号' END, original_number, source_name, summary)"
            ) + " WHERE search_text = ''")
            c.execute("UPDATE documents_outgoing o SET search_text = " + PG_NORMALIZE.format("concat_ws(' ', o.title, o.doc_number, v.text)")
                      + " FROM documents_version v WHERE v.outgoing_id = o.id AND v.number = o.version AND o.search_text = ''")
        return

    Incoming, Outgoing, Version = (apps.get_model("documents", n) for n in ("Incoming", "Outgoing", "Version"))
    for doc in Incoming.objects.filter(search_text="").iterator(chunk_size=2000):
        number = f"收〔{doc.year}〕{doc.serial}号" if doc.serial else ""
        Incoming.objects.filter(pk=doc.pk).update(search_text=normalize(" ".join([doc.title, number, doc.original_number, doc.source_name, doc.summary])))
    for doc in Outgoing.objects.filter(search_text="").iterator(chunk_size=2000):
        body = Version.objects.filter(outgoing_id=doc.pk, number=doc.version).values_list("text", flat=True).first() or ""
        Outgoing.objects.filter(pk=doc.pk).update(search_text=normalize(" ".join([doc.title, doc.doc_number, body])))


def create_indexes(apps, schema_editor):
    conn = schema_editor.connection
    if conn.vendor == "postgresql":
        try:
            with transaction.atomic(using=conn.alias), conn.cursor() as c:
                c.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                for table, name in PG_INDEXES.items():
                    c.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_text gin_trgm_ops)")
        except DatabaseError as exc:  # e.g. no privilege to create the extension
            log.warning("pg_trgm unavailable (%s); document search will scan without an index", exc)
    elif conn.vendor == "sqlite":
        try:
            with transaction.atomic(using=conn.alias), conn.cursor() as c:
                for table, fts in FTS.items():
                    c.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(body, tokenize='trigram')")
                    c.execute(f"INSERT INTO {fts} (rowid, body) SELECT id, search_text FROM {table}")
        except DatabaseError as exc:  # SQLite < 3.34 has no trigram tokenizer
            log.warning("FTS5 trigram unavailable (%s); document search will scan without an index", exc)


def drop_indexes(apps, schema_editor):
    conn = schema_editor.connection
    with conn.cursor() as c:
        if conn.vendor == "postgresql":
            for name in PG_INDEXES.values():
                c.execute(f"DROP INDEX IF EXISTS {name}")
        elif conn.vendor == "sqlite":
            for fts in FTS.values():
                c.execute(f"DROP TABLE IF EXISTS {fts}")


class Migration(migrations.Migration):

    dependencies = [("documents", "0002_plan_search")]

    operations = [
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
