"""Every (state, action, person) of both state tables, against expectations
written out here by hand (not derived from workflow.py)."""

import pytest

from zhongshu.core.errors import PermissionDenied, WrongState
from zhongshu.documents import services as s
from zhongshu.documents import workflow as wf
from zhongshu.documents.choices import InAction, InState, OutAction, OutState
from zhongshu.documents.models import Outgoing

from .helpers import IN_ORDER, incoming_to, outgoing_to

pytestmark = pytest.mark.django_db

PEOPLE = ["clerk", "secretary", "leader", "handler", "handler2", "dept_head", "jiyao"]
CLERKS = {"clerk", "jiyao"}

IN_EXPECT = {
    (InState.SIGNED, InAction.REGISTER): CLERKS,
    (InState.REGISTERED, InAction.SCREEN): CLERKS | {"secretary"},
    (InState.REGISTERED, InAction.SCREEN_RETURN): CLERKS | {"secretary"},
    (InState.SCREENED, InAction.PROPOSE): CLERKS | {"secretary"},
    (InState.PROPOSED, InAction.INSTRUCT): {"leader"},
    (InState.PROPOSED, InAction.SEND_BACK): {"leader"},
    (InState.HANDLING, InAction.REPLY): {"handler", "handler2", "dept_head"},
    (InState.HANDLING, InAction.CIRCULATE): CLERKS | {"secretary"},
    (InState.HANDLING, InAction.READ): {"secretary"},
    (InState.HANDLING, InAction.URGE): CLERKS,
    (InState.HANDLING, InAction.COMPLETE): CLERKS | {"handler", "dept_head"},
    (InState.DONE, InAction.CIRCULATE): CLERKS | {"secretary"},
    (InState.DONE, InAction.READ): {"secretary"},
    (InState.DONE, InAction.ARCHIVE): CLERKS,
}


@pytest.mark.parametrize("state", IN_ORDER + [InState.RETURNED])
def test_incoming_table(state, cast):
    doc = incoming_to(state, cast)
    if state in (InState.HANDLING, InState.DONE):
        s.incoming_circulate(actor=cast["clerk"], incoming=doc, readers=[cast["secretary"]])
    doc.refresh_from_db()
    for action in InAction:
        if action == InAction.SIGN:
            continue
        for who in PEOPLE:
            expected = who in IN_EXPECT.get((state, action), set())
            assert wf.allowed(wf.INCOMING, cast[who], doc, action) == expected, (state, action, who)
            if not expected:
                err = WrongState if (state, action) not in wf.INCOMING else PermissionDenied
                with pytest.raises(err):
                    wf.transition(wf.INCOMING, cast[who], doc, action)
    assert set(IN_EXPECT) == {k for k in wf.INCOMING}, "the table and the expectations cover the same steps"


def test_only_clerks_sign_for_incoming(cast):
    for who in PEOPLE:
        if who in CLERKS:
            s.incoming_sign(actor=cast[who], title="来文", source_name="省府办")
        else:
            with pytest.raises(PermissionDenied):
                s.incoming_sign(actor=cast[who], title="来文", source_name="省府办")


ALL_CANCEL = {"secretary"} | CLERKS  # the drafter, the clerks (the director is not in this cast)
OUT_EXPECT = {
    OutState.DRAFT: {OutAction.SUBMIT: {"secretary"}, OutAction.EDIT: {"secretary"}, OutAction.CANCEL: ALL_CANCEL},
    OutState.DEPT_REVIEW: {OutAction.DEPT_APPROVE: {"leader"}, OutAction.RETURN: {"leader"}, OutAction.EDIT: {"leader"}, OutAction.CANCEL: ALL_CANCEL},
    OutState.OFFICE_REVIEW: {OutAction.OFFICE_APPROVE: {"secretary"}, OutAction.RETURN: {"secretary"}, OutAction.EDIT: {"secretary"}, OutAction.CANCEL: ALL_CANCEL},
    OutState.COSIGN: {OutAction.COSIGN: {"handler2"}, OutAction.RETURN: {"handler2", "secretary"}, OutAction.EDIT: {"secretary"}, OutAction.CANCEL: ALL_CANCEL},
    OutState.SIGNING: {OutAction.SIGN: {"leader"}, OutAction.RETURN: {"leader", "secretary"}, OutAction.EDIT: {"secretary", "leader"}, OutAction.CANCEL: ALL_CANCEL},
    OutState.RECHECK: {OutAction.RECHECK: CLERKS | {"secretary"}, OutAction.RETURN: CLERKS | {"secretary"}, OutAction.EDIT: {"secretary"}, OutAction.CANCEL: ALL_CANCEL},
    OutState.NUMBERING: {OutAction.NUMBER: CLERKS, OutAction.CANCEL: ALL_CANCEL},
    OutState.PRINTING: {OutAction.PRINT: CLERKS, OutAction.CANCEL: ALL_CANCEL},
    OutState.DISPATCHING: {OutAction.DISPATCH: CLERKS, OutAction.CANCEL: ALL_CANCEL},
    OutState.DISPATCHED: {OutAction.RECEIPT: CLERKS, OutAction.ARCHIVE: CLERKS},
    OutState.ARCHIVE_READY: {},
    OutState.CANCELLED: {},
}


@pytest.mark.parametrize("state", list(OUT_EXPECT))
def test_outgoing_table(state, cast, office):
    if state in (OutState.PRINTING, OutState.DISPATCHING, OutState.DISPATCHED, OutState.ARCHIVE_READY):
        doc = outgoing_to(OutState.NUMBERING, cast, office=office)
        Outgoing.objects.filter(pk=doc.pk).update(state=state)  # rendering is tested on its own
        doc.refresh_from_db()
    else:
        doc = outgoing_to(state, cast, office=office)
    assert doc.state == state
    for action in OutAction:
        for who in PEOPLE:
            expected = who in OUT_EXPECT[state].get(action, set())
            assert wf.allowed(wf.OUTGOING, cast[who], doc, action) == expected, (state, action, who)
            if not expected:
                err = WrongState if (state, action) not in wf.OUTGOING else PermissionDenied
                with pytest.raises(err):
                    wf.transition(wf.OUTGOING, cast[who], doc, action)
    assert {(st, a) for st, acts in OUT_EXPECT.items() for a in acts} == set(wf.OUTGOING)


def test_admins_may_do_nothing(cast, office, sysadmin):
    doc = outgoing_to(OutState.DRAFT, cast, office=office)
    assert wf.available(wf.OUTGOING, sysadmin, doc) == []


def test_return_carries_reason_and_resets_cosign(cast, office):
    from zhongshu.core.errors import ServiceError

    doc = outgoing_to(OutState.SIGNING, cast, office=office)
    with pytest.raises(ServiceError):
        s.outgoing_return(actor=cast["leader"], outgoing=doc, reason=" ")
    doc = s.outgoing_return(actor=cast["leader"], outgoing=doc, reason="第二部分数据需核实")
    assert doc.state == OutState.DRAFT and not doc.cosigns.filter(agreed_at__isnull=False).exists()
    assert doc.history.last().reason == "第二部分数据需核实"
