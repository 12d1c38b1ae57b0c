"""发文字号: per 代字 and year, no gaps, no duplicates, void numbers never reused."""

import threading

import pytest
from django.db import connection, transaction

from zhongshu.documents import services as s
from zhongshu.documents.choices import OutState
from zhongshu.documents.models import IssuedNumber
from zhongshu.documents.numbering import allocate_doc_number, format_doc_number

from .helpers import outgoing_to


def test_format():
    assert format_doc_number("临政办发", 2026, 7) == "临政办发〔2026〕7号"


@pytest.mark.django_db
def test_per_code_and_year_and_void_on_cancel(cast, office):
    with transaction.atomic():
        a = allocate_doc_number(code="甲", year=2025)
        b = allocate_doc_number(code="甲", year=2025)
        c = allocate_doc_number(code="乙", year=2025)
        d = allocate_doc_number(code="甲", year=2026)
    assert (a.serial, b.serial, c.serial, d.serial) == (1, 2, 1, 1)
    doc = outgoing_to(OutState.PRINTING, cast, office=office)
    number = doc.doc_number
    s.outgoing_cancel(actor=cast["clerk"], outgoing=doc, reason="内容已由其他文件涵盖")
    row = IssuedNumber.objects.get(doc_number=number)
    assert row.void and "涵盖" in row.void_reason
    doc2 = outgoing_to(OutState.PRINTING, cast, office=office)
    assert doc2.serial == doc.serial + 1  # the void number is not reused


@pytest.mark.django_db
def test_rollback_leaves_no_gap():
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            allocate_doc_number(code="丙", year=2025)
            raise RuntimeError
    with transaction.atomic():
        assert allocate_doc_number(code="丙", year=2025).serial == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_allocations_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set ZHONGSHU_DATABASE_URL)")
    barrier = threading.Barrier(50)
    errors = []

    def work():
        from django.db import connections

        try:
            barrier.wait(timeout=30)
            with transaction.atomic():
                allocate_doc_number(code="并发", year=2026)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    serials = sorted(IssuedNumber.objects.filter(code="并发", year=2026).values_list("serial", flat=True))
    assert serials == list(range(1, 51))
