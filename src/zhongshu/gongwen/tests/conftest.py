import os
from pathlib import Path

import pytest

from zhongshu.gongwen import parse_source
from zhongshu.gongwen.fonts import FontMissing, Role, resolve

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[4]
OUTPUT = REPO / "test-output" / "render"


@pytest.fixture
def long_notice():
    return parse_source((DATA / "long_tongzhi.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def pdf_fonts():
    try:
        for r in Role:
            resolve(r)
    except FontMissing as e:
        pytest.skip(f"PDF fonts not installed: {e}")


@pytest.fixture(scope="session")
def output_dir():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


def pytest_configure(config):
    os.environ.setdefault("ZHONGSHU_GONGWEN_TEST", "1")
