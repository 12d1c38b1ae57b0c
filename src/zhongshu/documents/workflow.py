"""The two state tables: (state, action) -> (new state, who may).

``who`` names parties, not only roles: a party is checked against the user
and the document by ``is_party``. Services call ``transition()`` first; a call
from the wrong state raises WrongState, from the wrong person PermissionDenied.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhongshu.accounts.choices import Role
from zhongshu.core.access import acting_for
from zhongshu.core.errors import PermissionDenied, WrongState

from .choices import InAction as IA
from .choices import InState as IS
from .choices import OutAction as OA
from .choices import OutState as OS

# Parties
CLERK = "clerk"            # 文书/机要员 of the office, or a handler of the receiving unit
OFFICE = "office"          # 秘书 or 办公室主任 (初审, 拟办, 核稿, 复核)
LEADER = "leader"          # the named leader (批办, 签发); any 领导 if none named
HANDLER = "handler"        # a member of an assigned (主办/协办) unit
MAIN_HANDLER = "main_handler"
READER = "reader"          # a named 传阅 reader
DIRECTOR = "director"      # 办公室主任
DRAFTER = "drafter"        # the drafter (or their deputy)
REVIEWER = "reviewer"      # the named 部门审核人, else the drafting unit's head
COSIGNER = "cosigner"      # a member of a pending co-signing unit
ARCHIVIST = "archivist"


@dataclass(frozen=True)
class Step:
    to: str | None   # None: state unchanged
    who: tuple[str, ...]


INCOMING: dict[tuple[str, str], Step] = {
    (IS.SIGNED, IA.REGISTER): Step(IS.REGISTERED, (CLERK,)),
    (IS.REGISTERED, IA.SCREEN): Step(IS.SCREENED, (CLERK, OFFICE)),
    (IS.REGISTERED, IA.SCREEN_RETURN): Step(IS.RETURNED, (CLERK, OFFICE)),
    (IS.SCREENED, IA.PROPOSE): Step(IS.PROPOSED, (CLERK, OFFICE)),
    (IS.PROPOSED, IA.INSTRUCT): Step(IS.HANDLING, (LEADER,)),
    (IS.PROPOSED, IA.SEND_BACK): Step(IS.SCREENED, (LEADER,)),
    (IS.HANDLING, IA.REPLY): Step(None, (HANDLER,)),
    (IS.HANDLING, IA.CIRCULATE): Step(None, (CLERK, OFFICE)),
    (IS.HANDLING, IA.READ): Step(None, (READER,)),
    (IS.HANDLING, IA.URGE): Step(None, (CLERK, DIRECTOR)),
    (IS.HANDLING, IA.COMPLETE): Step(IS.DONE, (CLERK, DIRECTOR, MAIN_HANDLER)),
    (IS.DONE, IA.CIRCULATE): Step(None, (CLERK, OFFICE)),
    (IS.DONE, IA.READ): Step(None, (READER,)),
    (IS.DONE, IA.ARCHIVE): Step(IS.ARCHIVE_READY, (CLERK, ARCHIVIST)),
}

_EDITABLE = (OS.DRAFT, OS.DEPT_REVIEW, OS.OFFICE_REVIEW, OS.COSIGN, OS.SIGNING, OS.RECHECK)
_CANCELLABLE = (OS.DRAFT, OS.DEPT_REVIEW, OS.OFFICE_REVIEW, OS.COSIGN, OS.SIGNING, OS.RECHECK, OS.NUMBERING, OS.PRINTING, OS.DISPATCHING)

OUTGOING: dict[tuple[str, str], Step] = {
    (OS.DRAFT, OA.SUBMIT): Step(OS.DEPT_REVIEW, (DRAFTER,)),
    (OS.DEPT_REVIEW, OA.DEPT_APPROVE): Step(OS.OFFICE_REVIEW, (REVIEWER,)),
    (OS.DEPT_REVIEW, OA.RETURN): Step(OS.DRAFT, (REVIEWER,)),
    (OS.OFFICE_REVIEW, OA.OFFICE_APPROVE): Step(OS.COSIGN, (OFFICE,)),  # straight to SIGNING without co-signers
    (OS.OFFICE_REVIEW, OA.RETURN): Step(OS.DRAFT, (OFFICE,)),
    (OS.COSIGN, OA.COSIGN): Step(None, (COSIGNER,)),  # to SIGNING when the last unit agrees
    (OS.COSIGN, OA.RETURN): Step(OS.DRAFT, (COSIGNER, OFFICE)),
    (OS.SIGNING, OA.SIGN): Step(OS.RECHECK, (LEADER,)),
    (OS.SIGNING, OA.RETURN): Step(OS.DRAFT, (LEADER, OFFICE)),
    (OS.RECHECK, OA.RECHECK): Step(OS.NUMBERING, (OFFICE, CLERK)),
    (OS.RECHECK, OA.RETURN): Step(OS.DRAFT, (OFFICE, CLERK)),
    (OS.NUMBERING, OA.NUMBER): Step(OS.PRINTING, (CLERK,)),
    (OS.PRINTING, OA.PRINT): Step(OS.DISPATCHING, (CLERK,)),
    (OS.DISPATCHING, OA.DISPATCH): Step(OS.DISPATCHED, (CLERK,)),
    (OS.DISPATCHED, OA.RECEIPT): Step(None, (CLERK,)),
    (OS.DISPATCHED, OA.ARCHIVE): Step(OS.ARCHIVE_READY, (CLERK, ARCHIVIST)),
    **{(s, OA.EDIT): Step(None, (DRAFTER, REVIEWER, OFFICE) if s != OS.SIGNING else (OFFICE, LEADER)) for s in _EDITABLE},
    **{(s, OA.CANCEL): Step(OS.CANCELLED, (DRAFTER, DIRECTOR, CLERK)) for s in _CANCELLABLE},
}
# Edits by these parties are only allowed in the states where they hold the pen.
EDIT_PARTY_STATES = {DRAFTER: {OS.DRAFT}, REVIEWER: {OS.DEPT_REVIEW}, OFFICE: set(_EDITABLE) - {OS.DRAFT, OS.DEPT_REVIEW}, LEADER: {OS.SIGNING}}


def _ids(user) -> list[int]:
    return acting_for(user)


def _members(user, unit_ids) -> bool:
    if user.unit_id in unit_ids:
        return True
    from zhongshu.accounts.models import User

    # Acting for someone in the unit (代理/AB岗) counts as being there.
    return User.objects.filter(pk__in=_ids(user), unit_id__in=unit_ids).exists()


def is_party(user, doc, party: str, action: str | None = None) -> bool:
    """Whether ``user`` is ``party`` for ``doc`` (an Incoming or an Outgoing)."""
    from .models import Incoming

    ids = _ids(user)
    incoming = isinstance(doc, Incoming)
    if party == CLERK:
        if user.has_role(Role.CLERK, Role.CONFIDENTIAL):
            return True
        # A receiving unit other than the office keeps its own register.
        return incoming and user.has_role(Role.HANDLER) and _members(user, [doc.unit_id]) and not doc.unit.kind.startswith("self")
    if party == OFFICE:
        return user.has_role(Role.SECRETARY, Role.DIRECTOR)
    if party == DIRECTOR:
        return user.has_role(Role.DIRECTOR)
    if party == ARCHIVIST:
        return user.has_role(Role.ARCHIVIST)
    if party == LEADER:
        named = doc.leader_id if incoming else doc.signer_id
        if named:
            return named in ids
        return user.has_role(Role.LEADER)
    if party == HANDLER:
        units = [a.unit_id for a in doc.assignments.all()]
        return bool(units) and _members(user, units)
    if party == MAIN_HANDLER:
        units = [a.unit_id for a in doc.assignments.all() if a.role == "main"]
        return bool(units) and _members(user, units)
    if party == READER:
        return doc.circulation.filter(reader_id__in=ids).exists()
    if party == DRAFTER:
        return doc.drafter_id in ids
    if party == REVIEWER:
        if doc.reviewer_id:
            return doc.reviewer_id in ids
        return user.has_role(Role.DIRECTOR, Role.LEADER) and _members(user, [doc.unit_id])
    if party == COSIGNER:
        units = [c.unit_id for c in doc.cosigns.all() if c.agreed_at is None]
        return bool(units) and _members(user, units)
    raise ValueError(party)


def step_for(table: dict, state: str, action: str) -> Step | None:
    return table.get((state, action))


def allowed(table: dict, user, doc, action: str) -> bool:
    step = step_for(table, doc.state, action)
    if step is None or user.admin_role:
        return False
    for party in step.who:
        if action == OA.EDIT and table is OUTGOING and doc.state not in EDIT_PARTY_STATES.get(party, set()):
            continue
        if is_party(user, doc, party, action):
            return True
    return False


def transition(table: dict, user, doc, action: str) -> Step:
    """Check state and person; return the step or raise a Chinese error."""
    labels = _labels(table)
    step = step_for(table, doc.state, action)
    if step is None:
        raise WrongState(f"当前状态为“{doc.get_state_display()}”，不能{labels.get(action, action)}")
    if not allowed(table, user, doc, action):
        raise PermissionDenied(f"您不能对此件{labels.get(action, action)}")
    return step


def available(table: dict, user, doc) -> list[str]:
    """Actions the user may take now (for buttons and the API)."""
    return [action for (state, action) in table if state == doc.state and allowed(table, user, doc, action)]


def _labels(table) -> dict:
    from .choices import InAction, OutAction

    return dict((InAction if table is INCOMING else OutAction).choices)
