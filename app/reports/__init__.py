"""Statements read from the book for an examiner: Arus Kas, Perubahan Ekuitas, Catatan."""
