"""The demo office has 督办 items in every state."""

from zhongshu.demo import seed
from zhongshu.supervision.choices import ItemStatus, TaskStatus
from zhongshu.supervision.models import Bulletin, Item, Task


def test_demo_has_every_state(db):
    seed.seed()
    assert set(Item.objects.values_list("status", flat=True)) == set(ItemStatus.values)
    assert set(Task.objects.values_list("status", flat=True)) >= {TaskStatus.REGISTERED, TaskStatus.ACTIVE, TaskStatus.DONE, TaskStatus.ARCHIVED}
    assert Item.objects.filter(level=3).exists()  # a red card
    assert Bulletin.objects.exists()
