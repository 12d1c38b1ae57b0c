"""Hashes for the audit chain: SHA-256 by default, SM3 (GB/T 32905-2016) for 国密."""

from __future__ import annotations

import hashlib
import json

ALGORITHMS = ("sha256", "sm3")


def _sm3_hex(data: bytes) -> str:
    if "sm3" in hashlib.algorithms_available:
        return hashlib.new("sm3", data).hexdigest()
    from gmssl import sm3, func  # pure-Python fallback where OpenSSL lacks SM3

    return sm3.sm3_hash(func.bytes_to_list(data))


def digest(algo: str, data: bytes) -> str:
    if algo == "sha256":
        return hashlib.sha256(data).hexdigest()
    if algo == "sm3":
        return _sm3_hex(data)
    raise ValueError(f"不支持的哈希算法：{algo}")


def canonical(fields: dict) -> bytes:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
