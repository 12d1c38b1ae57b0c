"""Errors that services raise; views and the API turn them into Chinese messages."""


class ServiceError(Exception):
    """A business rule refused the action. The message is shown to the user."""

    status = 400

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class PermissionDenied(ServiceError):
    status = 403


class WrongState(ServiceError):
    status = 409


class NotFound(ServiceError):
    status = 404
