"""Gap-free, duplicate-free serials: one counter row per (key, year), locked.

The allocation runs inside the caller's transaction (编号 and the state change
commit together or not at all), so a rollback leaves no gap either.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction

from zhongshu.core.errors import ServiceError

from .models import IssuedNumber, NumberCounter


def next_serial(*, key: str, year: int) -> int:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_serial must run inside the transaction that uses the number")
    if not NumberCounter.objects.filter(key=key, year=year).exists():
        try:
            with transaction.atomic():  # savepoint: a concurrent creator may win
                NumberCounter.objects.create(key=key, year=year, last=0)
        except IntegrityError:
            pass
    counter = NumberCounter.objects.select_for_update().get(key=key, year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


def format_doc_number(code: str, year: int, serial: int) -> str:
    """发文字号: 机关代字〔年份〕序号号 — six-corner brackets, no 第, no leading zeros."""
    return f"{code}〔{year}〕{serial}号"


def allocate_doc_number(*, code: str, year: int, outgoing=None) -> IssuedNumber:
    code = (code or "").strip()
    if not code:
        raise ServiceError("发文机关未设置机关代字，无法编号；请先在单位信息中填写机关代字")
    serial = next_serial(key=f"out:{code}", year=year)
    return IssuedNumber.objects.create(code=code, year=year, serial=serial, doc_number=format_doc_number(code, year, serial), outgoing=outgoing)
