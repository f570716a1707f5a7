from app.statement_notes import BY_KEY, NOTES, note_for


def test_every_account_of_the_neraca_refers_to_its_note():
    assert note_for("1-101").number == note_for("1-102").number == BY_KEY["cash"].number
    assert note_for("1-201").key == note_for("1-203").key == "loans"
    assert note_for("1-202").key == "sales_receivable"
    assert note_for("1-401").key == note_for("1-402").key == "fixed_assets"
    assert note_for("2-101").key == note_for("3-102").key == "savings"
    assert note_for("2-201").key == "debts" and note_for("2-303").key == "funds"
    assert note_for("3-401").key == "surplus"
    assert note_for("4-101") is None


def test_notes_are_numbered_one_after_another():
    assert [note.number for note in NOTES] == list(range(1, len(NOTES) + 1))
    assert NOTES[3].title("en") == "Member loans and their allowance"
