"""Rebuild the 公文检索 index (search_text, and the FTS5 tables on SQLite).

The services keep it current; run this after loading documents another way
(a bulk import, a restore into a database without the FTS tables)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from zhongshu.documents import search


class Command(BaseCommand):
    help = "重建公文检索索引"

    def handle(self, *args, **options):
        with transaction.atomic():
            n = search.reindex()
        self.stdout.write(f"已重建 {n} 件公文的检索索引")
