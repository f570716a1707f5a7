"""The token of a dialog's attempt to save what is on screen (app.collection saves one attempt
once). On a shared book a COMMIT's answer can be lost: she is told "not saved" although the
server saved it, and presses Simpan again. The same input keeps its token, so that second press
returns what was saved; other input, or a save that went through, takes a new one."""

from __future__ import annotations

import uuid


class Attempt:
    def __init__(self) -> None:
        self._input = None
        self._token: str | None = None

    def token(self, what) -> str:
        """The token for saving `what` (the input as the service gets it)."""
        if self._token is None or what != self._input:
            self._input, self._token = what, str(uuid.uuid4())
        return self._token

    def saved(self) -> None:
        self._token = None
