"""Rules by category. Each rule is ``rule(doc, kb) -> iterable of Finding``."""

from __future__ import annotations

from . import confusion, context, fact, format, homophone, language, nearmiss, numbers, phrases, policy, political, punctuation

ALL_RULES = (
    *phrases.RULES,
    *political.RULES,
    *policy.RULES,
    *fact.RULES,
    *format.RULES,
    *punctuation.RULES,
    *numbers.RULES,
    *language.RULES,
    *context.RULES,
    *confusion.RULES,
    *nearmiss.RULES,
    *homophone.RULES,
)
