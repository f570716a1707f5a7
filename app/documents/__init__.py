"""Documents: every PDF Lumbung prints, built with reportlab, with a TrueType font embedded.

`catalogue` lists the documents and what each needs (a period, a member, a paper size);
`generate` writes one atomically. The shared pieces: `paper` (A4, F4, half F4, 58 mm roll),
`fonts`, `output` (atomic write, progress with cancel, file errors as codes), `letterhead` (the
group's name, address, logo and officers from Pengaturan), `words` (the documents' own labels in
Indonesian and English) and `report` (a titled, paginated table document).
"""
