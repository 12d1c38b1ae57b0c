import pytest

from zhongshu.documents.choices import InState, OutState
from zhongshu.documents.models import Incoming

from .helpers import incoming_to, outgoing_to

pytestmark = pytest.mark.django_db


def test_incoming_end_to_end(cast):
    doc = incoming_to(InState.ARCHIVE_READY, cast)
    assert doc.state == InState.ARCHIVE_READY and doc.serial == 1 and doc.history.count() >= 7


def test_outgoing_end_to_end(cast, office, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    doc = outgoing_to(OutState.DISPATCHED, cast, office=office)
    assert doc.doc_number == f"测政办〔{doc.year}〕1号"
    assert doc.files.filter(kind="pdf").exists()
    inc = Incoming.objects.get(from_outgoing=doc)
    assert inc.unit == cast["handler2"].unit and inc.state == InState.SIGNED
