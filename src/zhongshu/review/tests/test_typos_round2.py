"""Second-round common-word entries and their exception contexts."""

from .helpers import found


def test_common_words():
    for wrong in ("部份", "围饶", "推委", "得易于", "拉网试", "总里", "好高鹜远", "因噎费食", "听之认之", "必需确保"):
        assert found(f"我们{wrong}了。", "language") != [], wrong


def test_exceptions():
    for ok in ("全部份额", "我办认真贯彻", "总里程", "股份外", "要要求", "身份内"):
        assert found(ok, "language") == [], ok
    assert found("各单位要要明确专人。", "language.duplicate") == ["要要"]
