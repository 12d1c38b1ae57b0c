"""中枢 Zhongshu: the open, self-hosted system for a general office (办公室)."""

__version__ = "0.1.0"
