"""Chinese substring search: trigram index (FTS5 / pg_trgm) kept by the services,
always within restrict()."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone

from zhongshu.core.choices import Classification
from zhongshu.core.models import Grant
from zhongshu.documents import search as S
from zhongshu.documents import selectors as sel
from zhongshu.documents import services as s
from zhongshu.documents.choices import InState
from zhongshu.documents.models import Incoming, Outgoing

from .helpers import QINGSHI, incoming_to

pytestmark = pytest.mark.django_db


def titles(user, q):
    ins, outs = sel.search(user, q)
    return {d.title for d in ins} | {d.title for d in outs}


def test_index_is_used_where_available():
    if connection.vendor == "sqlite":
        assert S.fts_ready(Incoming) and S.fts_ready(Outgoing), "SQLite ≥ 3.34 has the FTS5 trigram tokenizer"
    else:
        with connection.cursor() as c:
            c.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'documents_%%_search_trgm'")
            assert len(c.fetchall()) == 2


def test_finds_by_middle_substring_of_title_number_source_and_body(cast, office):
    doc = incoming_to(InState.REGISTERED, cast)  # 关于做好防汛工作的通知, 江海省人民政府办公厅, 江政办发〔2025〕8号
    out = s.outgoing_create(actor=cast["secretary"], doctype="请示", title="关于申请防汛专项资金的请示", issuer=office, text=QINGSHI)
    clerk = cast["clerk"]
    assert titles(clerk, "做好防汛") == {doc.title}                 # middle of the title
    assert titles(clerk, "政办发〔2025") == {doc.title}             # 原文号, full-width brackets
    assert titles(clerk, "海省人民") == {doc.title, out.title}      # 来文单位; the 请示 抄送 it
    assert titles(clerk, "防汛专项资金500") == {out.title}         # only in the body text
    assert titles(clerk, "防汛") == {doc.title, out.title}          # two characters: fallback scan
    assert titles(clerk, "汛") == {doc.title, out.title}            # one character
    assert titles(clerk, "抗旱") == set()


def test_index_follows_edits_numbering_and_registration(cast, office):
    out = s.outgoing_create(actor=cast["secretary"], doctype="请示", title="关于申请防汛专项资金的请示", issuer=office, text=QINGSHI)
    clerk = cast["clerk"]
    s.version_save(actor=cast["secretary"], outgoing=out, text=QINGSHI.replace("500万元", "800万元"), base_version=1)
    assert titles(clerk, "资金800万") == {out.title} and titles(clerk, "资金500万") == set()
    inc = s.incoming_sign(actor=clerk, title="关于春季森林防火的通知", source_name="市应急局")
    assert titles(clerk, "森林防火") == {inc.title}
    s.incoming_register(actor=clerk, incoming=inc, summary="要求各地落实护林员巡山制度")
    assert titles(clerk, "护林员巡山") == {inc.title}


def test_ledger_filter_uses_the_same_search(cast):
    doc = incoming_to(InState.REGISTERED, cast)
    assert list(sel.incoming_ledger(cast["clerk"], q="做好防汛")) == [doc]
    assert list(sel.incoming_ledger(cast["clerk"], q="森林防火")) == []


def test_quotes_and_operators_in_queries_are_plain_text(cast):
    incoming_to(InState.REGISTERED, cast)
    for q in ['"防汛', "防汛 OR 工作", "NEAR(防汛)", "防汛*", "%汛%", "a_b"]:
        sel.search(cast["clerk"], q)  # no error: FTS syntax never reaches the engine


def _classified(owner, title):
    doc = Incoming.objects.create(unit=owner.unit, year=2026, serial=9, source_name="省保密局", title=title, classification=Classification.SECRET, secrecy_period="1年", received_at=timezone.now(), registered_by=owner, state="registered")
    S.index_incoming(doc)
    return doc


def test_classified_never_found_by_colleague_outsider_uncleared(owner, colleague, outsider, uncleared, director):
    secret = _classified(owner, "关于涉密防汛调度方案的通知")
    plain = Incoming.objects.create(unit=owner.unit, year=2026, serial=10, source_name="市水务局", title="关于防汛调度演练的通知", received_at=timezone.now(), registered_by=owner, state="registered")
    S.index_incoming(plain)
    Grant.objects.create(content_type=ContentType.objects.get_for_model(Incoming), object_id=secret.pk, user=uncleared)
    Grant.objects.create(content_type=ContentType.objects.get_for_model(Incoming), object_id=secret.pk, user=director)
    for q in ("防汛调度", "涉密防汛", "防汛", "调"):
        assert secret.title in titles(owner, q) and secret.title in titles(director, q)
        for user in (colleague, outsider, uncleared):
            assert secret.title not in titles(user, q), (user, q)
    assert titles(colleague, "防汛调度") == {plain.title} and titles(outsider, "防汛调度") == set()


def test_reindex_rebuilds_rows_made_outside_the_services(owner):
    doc = Incoming.objects.create(unit=owner.unit, year=2026, serial=3, source_name="市统计局", title="关于开展经济普查的通知", received_at=timezone.now(), registered_by=owner, state="registered")
    assert titles(owner, "经济普查") == set()
    assert S.reindex() >= 1
    assert titles(owner, "经济普查") == {doc.title}


def test_short_queries_scan_only_the_newest_documents(owner, monkeypatch, client):
    old = Incoming.objects.create(unit=owner.unit, year=2026, serial=1, source_name="甲", title="旧的抗旱通知", received_at=timezone.now(), registered_by=owner, state="registered")
    new = Incoming.objects.create(unit=owner.unit, year=2026, serial=2, source_name="乙", title="新的抗旱通知", received_at=timezone.now(), registered_by=owner, state="registered")
    S.reindex()
    monkeypatch.setattr(S, "SHORT_SCAN", 1)
    assert titles(owner, "抗旱") == {new.title}
    assert titles(owner, "抗旱通知") == {old.title, new.title}  # indexed: everything
    client.force_login(owner)
    assert "只查找最近" in client.get("/documents/search/?q=抗旱").content.decode()
