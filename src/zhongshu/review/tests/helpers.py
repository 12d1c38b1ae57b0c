from __future__ import annotations

from zhongshu.review import default_reviewer


def found(text: str, rule: str) -> list[str]:
    """Texts of the spans reported by rules whose id starts with ``rule``."""
    res = default_reviewer().review(text)
    return [text[f.start : f.end] for f in res.findings if f.rule.startswith(rule)]


def rules(text: str) -> list[str]:
    return [f.rule for f in default_reviewer().review(text).findings if f.severity != "info"]


def rules_at(reviewer, text: str, span: str) -> set[str]:
    """Rules of the warning- and error-severity findings on exactly ``span`` in ``text``."""
    return {f.rule for f in reviewer.review(text).findings if text[f.start : f.end] == span and f.severity != "info"}
