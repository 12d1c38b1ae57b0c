"""Font roles, names for DOCX and font files for PDF.

Five roles cover GB/T 9704-2012: 仿宋 (body), 小标宋 (title, 发文机关标志), 黑体,
楷体 and 宋体 (page numbers). DOCX files name the real fonts offices use; the
PDF embeds font files: real ones where the server has them (environment
variables ZHONGSHU_FONT_<ROLE> = path[#index], or files found in
ZHONGSHU_FONT_DIR), free Debian substitutes otherwise.

reportlab embeds TrueType outlines only, so Noto CJK (CFF) cannot be used.
"""

from __future__ import annotations

import enum
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path


class Role(str, enum.Enum):
    FANGSONG = "fangsong"
    XIAOBIAOSONG = "xiaobiaosong"
    HEI = "hei"
    KAI = "kai"
    SONG = "song"


ROLE_LABEL = {
    Role.FANGSONG: "仿宋",
    Role.XIAOBIAOSONG: "小标宋",
    Role.HEI: "黑体",
    Role.KAI: "楷体",
    Role.SONG: "宋体",
}

# Names written into DOCX: the real fonts of Chinese offices.
DEFAULT_DOCX_NAMES = {
    Role.FANGSONG: "仿宋_GB2312",
    Role.XIAOBIAOSONG: "方正小标宋简体",
    Role.HEI: "黑体",
    Role.KAI: "楷体_GB2312",
    Role.SONG: "宋体",
}

# File names of the real fonts, searched in ZHONGSHU_FONT_DIR and the usual font folders.
REAL_FILES = {
    Role.FANGSONG: ["仿宋_GB2312.ttf", "FangSong_GB2312.ttf", "fsgb2312.ttf", "simfang.ttf", "仿宋.ttf"],
    Role.XIAOBIAOSONG: ["方正小标宋简体.ttf", "方正小标宋_GBK.ttf", "FZXBSJW.TTF", "FZXBSK.TTF"],
    Role.HEI: ["simhei.ttf", "黑体.ttf"],
    Role.KAI: ["楷体_GB2312.ttf", "KaiTi_GB2312.ttf", "kaiti_gb2312.ttf", "simkai.ttf", "楷体.ttf"],
    Role.SONG: ["simsun.ttc", "simsun.ttf", "宋体.ttf"],
}


@dataclass(frozen=True)
class Candidate:
    path: str
    index: int = 0
    family: str = ""  # the family name LibreOffice knows it by
    fake_bold: bool = False  # simulate a heavier face (小标宋 from a light Song)
    package: str = ""  # Debian package that ships it


_D = "/usr/share/fonts/truetype"
SUBSTITUTES = {
    # cwTeX FangSong lacks most simplified characters; it is used only when it
    # covers every character of the document, else the Song substitute.
    Role.FANGSONG: [
        Candidate(f"{_D}/cwtex/cwfs.ttf", family="cwTeXFangSong", package="fonts-cwtex-fs"),
        Candidate(f"{_D}/arphic-gbsn00lp/gbsn00lp.ttf", family="AR PL SungtiL GB", package="fonts-arphic-gbsn00lp"),
        Candidate(f"{_D}/arphic/uming.ttc", 3, family="AR PL UMing CN", package="fonts-arphic-uming"),
    ],
    Role.XIAOBIAOSONG: [
        Candidate(f"{_D}/arphic-gbsn00lp/gbsn00lp.ttf", family="AR PL SungtiL GB", fake_bold=True, package="fonts-arphic-gbsn00lp"),
        Candidate(f"{_D}/arphic/uming.ttc", 3, family="AR PL UMing CN", fake_bold=True, package="fonts-arphic-uming"),
    ],
    Role.HEI: [
        Candidate(f"{_D}/wqy/wqy-zenhei.ttc", 0, family="WenQuanYi Zen Hei", package="fonts-wqy-zenhei"),
        Candidate(f"{_D}/wqy/wqy-microhei.ttc", 0, family="WenQuanYi Micro Hei", package="fonts-wqy-microhei"),
    ],
    Role.KAI: [
        Candidate(f"{_D}/arphic-gkai00mp/gkai00mp.ttf", family="AR PL KaitiM GB", package="fonts-arphic-gkai00mp"),
        Candidate(f"{_D}/arphic/ukai.ttc", 3, family="AR PL UKai CN", package="fonts-arphic-ukai"),
    ],
    Role.SONG: [
        Candidate(f"{_D}/arphic-gbsn00lp/gbsn00lp.ttf", family="AR PL SungtiL GB", package="fonts-arphic-gbsn00lp"),
        Candidate(f"{_D}/arphic/uming.ttc", 3, family="AR PL UMing CN", package="fonts-arphic-uming"),
    ],
}

DEBIAN_PACKAGES = ["fonts-arphic-gbsn00lp", "fonts-arphic-gkai00mp", "fonts-wqy-zenhei", "fonts-cwtex-fs"]


class FontMissing(RuntimeError):
    pass


@dataclass
class FontConfig:
    """Where fonts come from. `paths` overrides the PDF font file of a role
    ("path" or "path#index"); `docx_names` overrides the names written to DOCX."""

    paths: dict[Role, str] = field(default_factory=dict)
    docx_names: dict[Role, str] = field(default_factory=dict)
    substitutes: bool = True  # allow the free Debian substitutes

    @classmethod
    def from_env(cls, environ=os.environ) -> "FontConfig":
        cfg = cls()
        for role in Role:
            v = environ.get(f"ZHONGSHU_FONT_{role.name}")
            if v:
                cfg.paths[role] = v
            n = environ.get(f"ZHONGSHU_FONTNAME_{role.name}")
            if n:
                cfg.docx_names[role] = n
        return cfg

    def docx_name(self, role: Role) -> str:
        return self.docx_names.get(role) or DEFAULT_DOCX_NAMES[role]


@dataclass
class PdfFont:
    role: Role
    name: str  # reportlab registration name
    candidate: Candidate
    widths: dict  # code point → advance in em
    cmap: dict
    descent: float = -0.12  # em, negative (as in the PDF font descriptor)

    def width(self, ch: str) -> float:
        return self.widths.get(ord(ch), 1.0 if ord(ch) > 0x2E80 else 0.5)

    def covers(self, text: str) -> bool:
        cm = self.cmap
        return all(ord(c) in cm for c in text if not c.isspace())


_lock = threading.Lock()
_loaded: dict[tuple[str, int], PdfFont] = {}
_real_index: dict[str, str] | None = None


def _scan_real() -> dict[str, str]:
    global _real_index
    if _real_index is None:
        found: dict[str, str] = {}
        dirs = [os.environ.get("ZHONGSHU_FONT_DIR", ""), "/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts")]
        wanted = {n.lower() for names in REAL_FILES.values() for n in names}
        for d in filter(None, dirs):
            for root, _dirs, files in os.walk(d):
                for f in files:
                    if f.lower() in wanted:
                        found.setdefault(f.lower(), os.path.join(root, f))
        _real_index = found
    return _real_index


def _load(role: Role, cand: Candidate) -> PdfFont:
    key = (cand.path, cand.index)
    with _lock:
        f = _loaded.get(key)
        if f is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            name = f"zs{len(_loaded)}_{Path(cand.path).stem}"
            tt = TTFont(name, cand.path, subfontIndex=cand.index)
            pdfmetrics.registerFont(tt)
            face = tt.face
            widths = {c: w / 1000.0 for c, w in face.charWidths.items()}
            f = PdfFont(role, name, cand, widths, face.charToGlyph, face.descent / 1000.0)
            _loaded[key] = f
    if f.role is not role or f.candidate != cand:
        f = PdfFont(role, f.name, cand, f.widths, f.cmap, f.descent)
    return f


def _candidates(role: Role, cfg: FontConfig) -> list[Candidate]:
    out = []
    if role in cfg.paths:
        p, _, idx = cfg.paths[role].partition("#")
        if not os.path.exists(p):
            raise FontMissing(f"找不到{ROLE_LABEL[role]}字体文件“{p}”（由 ZHONGSHU_FONT_{role.name} 或配置指定）")
        out.append(Candidate(p, int(idx or 0), family=cfg.docx_name(role)))
    real = _scan_real()
    for n in REAL_FILES[role]:
        if n.lower() in real:
            out.append(Candidate(real[n.lower()], family=DEFAULT_DOCX_NAMES[role]))
    if cfg.substitutes:
        out.extend(c for c in SUBSTITUTES[role] if os.path.exists(c.path))
    return out


def resolve(role: Role, cfg: FontConfig | None = None, text: str = "") -> PdfFont:
    """The font file for `role`: the first candidate that covers `text`."""
    cfg = cfg or FontConfig.from_env()
    cands = _candidates(role, cfg)
    if not cands:
        pkgs = " ".join(sorted({c.package for c in SUBSTITUTES[role]}))
        raise FontMissing(
            f"缺少{ROLE_LABEL[role]}字体：请安装 Debian 软件包（apt-get install {pkgs}），"
            f"或用环境变量 ZHONGSHU_FONT_{role.name} 指定字体文件路径（.ttf/.ttc，TrueType 轮廓）"
        )
    first = None
    for c in cands:
        f = _load(role, c)
        first = first or f
        if not text or f.covers(text):
            return f
    return first
