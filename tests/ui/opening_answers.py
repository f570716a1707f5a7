"""The wizard's tests run against the real app.opening; only her answers to the wizard's
questions ("Tutup?", "Hapus baris?") are given here, and each question is kept (not a test module)."""

from __future__ import annotations

import pytest


class Answers:
    def __init__(self) -> None:
        self.asked: list[str] = []  # the questions put to her, answered yes


@pytest.fixture
def answers(monkeypatch):
    found = Answers()
    monkeypatch.setattr("ui.opening.wizard.confirm", lambda parent, title, text, yes, no: found.asked.append(text) or True)
    monkeypatch.setattr("ui.opening.grid.confirm", lambda parent, title, text, yes, no: found.asked.append(text) or True)
    return found
