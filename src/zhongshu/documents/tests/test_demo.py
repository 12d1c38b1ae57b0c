"""The demo office has 办文 in every state, so no page is empty for a new user."""

import pytest

from zhongshu.documents.choices import InState, OutState
from zhongshu.documents.models import Incoming, Outgoing


@pytest.mark.django_db
def test_demo_has_documents_in_every_state(settings, tmp_path):
    from zhongshu.demo import seed

    settings.MEDIA_ROOT = tmp_path
    users = {}
    from zhongshu.demo.seed import seed as run

    assert run()
    assert set(Incoming.objects.values_list("state", flat=True)) == set(InState.values)
    assert set(Outgoing.objects.values_list("state", flat=True)) == set(OutState.values)
    assert Incoming.objects.filter(from_outgoing__isnull=False).exists()  # 核发 reached internal 收文
    assert Incoming.objects.filter(classification__gt=0).exists()
    from zhongshu.documents.choices import PlanStatus
    from zhongshu.documents.models import PlanItem

    assert set(PlanItem.objects.values_list("status", flat=True)) == set(PlanStatus.values)
    del users, seed
