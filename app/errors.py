"""Refusals as data: the domain says what is wrong with codes, the UI words them."""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Issue:
    field: str  # the input field the problem belongs to ("nik", "postings.2.amount", "" for the whole)
    code: str  # stable code, e.g. "nik.length"; ui/messages.py turns it into words
    params: dict[str, Any] = field(default_factory=dict)


class Rejected(Exception):
    """Nothing was written because of these issues."""

    def __init__(self, issues: list[Issue]):
        super().__init__("; ".join(f"{i.field}: {i.code} {i.params}" for i in issues))
        self.issues = list(issues)

    @classmethod
    def one(cls, field: str, code: str, **params: Any) -> "Rejected":
        return cls([Issue(field, code, params)])

    def codes(self) -> list[str]:
        return [i.code for i in self.issues]


class BookError(Exception):
    """The book (database file) cannot be opened as asked; `code` says why."""

    def __init__(self, code: str, path: str = "", **params: Any):
        super().__init__(f"{code}: {path} {params}")
        self.code = code
        self.path = path
        self.params = params
