"""The package is framework-free: importing it must not import Django."""

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[3]


def test_import_does_not_pull_in_django():
    code = (
        "import sys; import zhongshu.workdays as w; "
        "w.due_at(__import__('datetime').datetime(2024, 10, 11, 10), '加急'); "
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=SRC, capture_output=True, text=True, env={"PYTHONPATH": str(SRC)})
    assert result.returncode == 0, result.stdout + result.stderr
