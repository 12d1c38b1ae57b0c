"""GB/T 9704-2012 page geometry, in PDF points from the top-left of the page.

The 版心 is 156×225 mm at 28 mm from the left and 37 mm from the top. It holds
22 lines of 28 characters of 3号 (16 pt): the first character's box touches
the top-left corner of the 版心, the 28th the right edge, the 22nd line the
bottom edge, so the pitches follow from the sizes.
"""

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
LEFT, TOP = 28 * MM, 37 * MM
TEXT_W, TEXT_H = 156 * MM, 225 * MM
RIGHT = LEFT + TEXT_W
BOTTOM = TOP + TEXT_H
BODY = 16.0  # 3号
TITLE = 22.0  # 2号
SMALL = 14.0  # 4号 (版记, 页码)
CHARS, LINES = 28, 22
CELL = (TEXT_W - BODY) / (CHARS - 1)  # horizontal pitch of the grid, ≈15.785 pt
LINE = (TEXT_H - BODY) / (LINES - 1)  # vertical pitch in the PDF, ≈29.61 pt

# DOCX: Word's grid pitch (twips) and the character tracking that makes
# exactly 28 characters fit a line in Word, WPS and LibreOffice alike.
DOCX_LINE_TWIPS = 579  # 225 mm / 22, rounded down so 22 lines always fit
DOCX_CHAR_SPACE = -849  # docGrid charSpace: (CELL - 16 pt) in 1/4096 pt
DOCX_TRACKING_TWIPS = -6  # w:spacing on runs, −0.3 pt

RED = (0.85, 0.1, 0.1)  # Y80% M80% on white paper, as RGB
RED_HEX = "E60012"
RED_RULE_W = 0.5 * MM  # the red separator line
RULE_THICK = 0.35 * MM
RULE_THIN = 0.25 * MM
PAGE_NUMBER_GAP = 7 * MM
# Space kept for a round official seal (印章): 45 mm covers the 4.2 cm and 4.5 cm
# seals of county and city bodies; seals of one row keep SEAL_GAP apart.
SEAL_SIZE = 45 * MM
SEAL_GAP = 3 * MM


def line_top(i: float) -> float:
    """Top of the 16 pt character box of grid line i (0-based)."""
    return TOP + i * LINE
