"""Small stand-ins for app.opening's parts while they are written in parallel (not a test
module): the draft kept in a dict, check = the NIK rule, preview = cash against savings,
commit = what it received. After the merge the wizard's tests run against the real ones."""

from __future__ import annotations

import copy

import pytest

from app import members, nik
from app.errors import Issue, Rejected
from app.opening import commit, neraca


class Fakes:
    def __init__(self) -> None:
        self.saved = None
        self.committed = []
        self.asked = []  # the questions put to her, answered yes

    def check(self, opening):
        return [Issue(f"members.{row}.{i.field}", i.code, i.params)
                for row, line in enumerate(opening.members) for i in nik.check(line.nik)]

    def preview(self, opening):
        cash = sum(line.amount_rp or 0 for line in opening.cash)
        saved = sum(line.pokok_rp + line.wajib_rp + line.sukarela_rp for line in opening.savings)
        lines = (neraca.NeracaLine("1-101", "Kas", "asset", cash), neraca.NeracaLine("2-101", "Simpanan anggota", "liability", saved))
        by_kind = (neraca.KindTotal("cash", cash, 0), neraca.KindTotal("savings", 0, saved))
        return neraca.OpeningNeraca(opening.on, lines, by_kind, cash, saved)

    def commit(self, opening, progress=None):
        issues = self.check(opening)
        if issues:
            raise Rejected(issues)
        if progress:
            progress(1, 1)
        self.committed.append(copy.deepcopy(opening))
        return commit.Committed(len(opening.members), (), self.preview(opening).difference_rp)


@pytest.fixture
def fakes(monkeypatch):
    found = Fakes()
    monkeypatch.setattr("app.opening.store.save", lambda opening: setattr(found, "saved", copy.deepcopy(opening)))
    monkeypatch.setattr("app.opening.store.load", lambda: copy.deepcopy(found.saved))
    monkeypatch.setattr("app.opening.store.can_open", lambda: members.count_members(active_only=False) == 0)
    monkeypatch.setattr("app.opening.check.check", found.check)
    monkeypatch.setattr("app.opening.neraca.preview", found.preview)
    monkeypatch.setattr("app.opening.commit.commit", found.commit)
    monkeypatch.setattr("ui.opening.wizard.confirm", lambda parent, title, text, yes, no: found.asked.append(text) or True)
    monkeypatch.setattr("ui.opening.grid.confirm", lambda parent, title, text, yes, no: found.asked.append(text) or True)
    return found
