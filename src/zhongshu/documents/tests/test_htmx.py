"""承办答复 and 传阅“已阅” on the 收文 page: a partial for htmx, a redirect without it."""

import pytest

from zhongshu.documents import services as s
from zhongshu.documents.choices import InState
from zhongshu.documents.models import Circulation

from .helpers import incoming_to

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def handling(cast):
    doc = incoming_to(InState.HANDLING, cast)
    s.incoming_circulate(actor=cast["clerk"], incoming=doc, readers=[cast["secretary"], cast["dept_head"]])
    return doc


def test_reply_with_htmx_returns_only_the_handling_section(client, cast, handling):
    client.force_login(cast["handler"])
    r = client.post(f"/documents/in/{handling.pk}/reply/", {"reply": "已部署落实"}, **HX)
    assert r.status_code == 200
    html = r.content.decode()
    assert html.lstrip().startswith('<section id="in-handling"') and "<html" not in html
    assert "已答复" in html and "已部署落实" in html
    assert handling.assignments.get(unit=cast["handler"].unit).reply == "已部署落实"
    # The outcome is shown in the section, not left as a flash for the next page.
    assert "已答复</li>" not in client.get(f"/documents/in/{handling.pk}/").content.decode().split('<section id="in-handling"')[0]


def test_reply_without_htmx_redirects(client, cast, handling):
    client.force_login(cast["handler"])
    r = client.post(f"/documents/in/{handling.pk}/reply/", {"reply": "已部署落实"})
    assert r.status_code == 302 and r["Location"] == f"/documents/in/{handling.pk}/"
    page = client.get(r["Location"]).content.decode()
    assert "已答复" in page and "已部署落实" in page


def test_reply_error_with_htmx_is_shown_in_the_section(client, cast, handling):
    client.force_login(cast["handler"])
    r = client.post(f"/documents/in/{handling.pk}/reply/", {"reply": "  "}, **HX)
    assert r.status_code == 200 and 'class="error"' in r.content.decode()
    assert handling.assignments.get(unit=cast["handler"].unit).reply == ""


def test_read_with_htmx_returns_only_the_circulation_section(client, cast, handling):
    client.force_login(cast["secretary"])
    r = client.post(f"/documents/in/{handling.pk}/read/", {"note": "已阅"}, **HX)
    assert r.status_code == 200
    html = r.content.decode()
    assert html.lstrip().startswith('<section id="in-circulation"') and "<html" not in html
    assert "已阅知" in html and "未阅" in html  # the other reader has not read it
    assert 'name="note"' not in html  # no second 已阅 button
    assert Circulation.objects.get(incoming=handling, reader=cast["secretary"]).read_at is not None
    again = client.post(f"/documents/in/{handling.pk}/read/", {}, **HX)
    assert again.status_code in (200, 403)


def test_read_without_htmx_redirects(client, cast, handling):
    client.force_login(cast["dept_head"])
    r = client.post(f"/documents/in/{handling.pk}/read/", {})
    assert r.status_code == 302 and r["Location"] == f"/documents/in/{handling.pk}/"
    assert "已阅知" in client.get(r["Location"]).content.decode()


def test_htmx_partial_still_checks_access(client, cast, handling):
    from zhongshu.testing.factories import UnitFactory, UserFactory

    stranger = UserFactory(username="stranger", unit=UnitFactory(name="测试市无关局"), clearance=0, roles=[])
    client.force_login(stranger)
    r = client.post(f"/documents/in/{handling.pk}/read/", {}, **HX)
    assert r.status_code in (403, 404)
