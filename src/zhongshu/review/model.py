"""Findings and results: the data shapes of the review contract."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

CATEGORIES = ("political", "policy", "fact", "format", "language")
SEVERITIES = ("error", "warning", "info")
CATEGORY_NAMES = {
    "political": "政治",
    "policy": "政策",
    "fact": "事实",
    "format": "格式",
    "language": "语言",
}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
# Ordering used when two findings start at the same offset: gravest first.
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    category: str
    severity: str
    rule: str
    message: str
    suggestion: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class ReviewResult:
    text: str
    findings: list[Finding]
    stats: dict = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def to_dict(self) -> dict:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "stats": dict(self.stats),
        }


def sort_key(f: Finding):
    return (f.start, _SEVERITY_RANK[f.severity], -f.end, f.rule)
