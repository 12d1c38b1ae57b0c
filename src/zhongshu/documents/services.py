"""Every write of 办文, by behaviour: see incoming.py, outgoing.py, numbering.py,
versions.py and files.py. Re-exported here so callers have one import."""

from .files import attach_upload, check_upload, log_download  # noqa: F401
from .incoming import (  # noqa: F401
    incoming_archive, incoming_circulate, incoming_complete, incoming_instruct, incoming_propose,
    incoming_read, incoming_register, incoming_reply, incoming_screen, incoming_send_back,
    incoming_sign, incoming_urge,
)
from .numbering import allocate_doc_number, next_serial  # noqa: F401
from .outgoing import (  # noqa: F401
    outgoing_archive, outgoing_cancel, outgoing_cosign, outgoing_create, outgoing_dept_approve,
    outgoing_dispatch, outgoing_number, outgoing_office_approve, outgoing_print, outgoing_receipt,
    outgoing_recheck, outgoing_return, outgoing_sign, outgoing_submit, version_save,
)
from .versions import Conflict  # noqa: F401
from .plans import plan_cancel, plan_create, plan_link, plan_update  # noqa: F401
