"""Watermarked copies of classified files: moved to ``zhongshu.core.watermark``
(shared with 督查督办); kept here so 办文's imports stay as they are."""

from zhongshu.core.watermark import (  # noqa: F401
    GREY,
    IMAGE_EXTS,
    Stamp,
    Unavailable,
    _font,
    image_pdf,
    overlay,
    stamp_file,
    stamp_for,
    stamped,
    watermark_docx,
    watermark_pdf,
)
