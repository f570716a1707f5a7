"""Personal data of one member (UU 27/2022), from her detail (the member dialog):

- EraseDialog: "Hapus data pribadi" for the Ketua. It shows what will be erased (her name,
  NIK, birth, phone, address, welfare stage) and what stays (her number, her money records),
  asks for the reason, and erases through app.privacy.erase_member.
- export_personal_data(parent, member): "Ekspor data pribadi…": her fields and transactions as
  an .xlsx, recorded as an export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from app import privacy, text_rules
from app.access import roles, session
from app.documents.output import DocumentError
from app.errors import Rejected
from app.formatting import short_date
from app.members import MemberRow, format_number
from ui.form_dialog import FormDialog
from ui.messages import document_error_text, issue_text
from ui.table_export import default_path


STAGES = {"pra_sejahtera": "Pra Sejahtera", "ks1": "KS I", "ks2": "KS II", "ks3": "KS III", "ks3_plus": "KS III Plus"}


def may_erase() -> bool:
    """The Ketua decides an erasure (anyone while sign-in is off)."""
    if not roles.sign_in_on():
        return True
    who = session.current()
    return who is not None and roles.allowed("close", who.roles)


class EraseDialog(FormDialog):
    """Hapus data pribadi: what goes, what stays, and why (kept in the audit trail)."""

    def __init__(self, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.member = member
        self.what = self.add_note("eraseWhat")
        self.reason = self.add_field("reason", QLineEdit(), stretch=True)
        self.reason.setMaxLength(text_rules.TEXT)
        self.retranslate()
        self.reason.setFocus()

    def _erased_lines(self) -> list[str]:
        m = self.member
        address = ", ".join(p for p in (m.street, m.rt and f"RT {m.rt}", m.rw and f"RW {m.rw}", m.desa, m.kecamatan,
                                        m.kabupaten, m.provinsi, m.postal_code) if p)
        birth = ", ".join(p for p in (m.birth_place, short_date(m.birth_date)) if p)
        lines = [(self.tr("Nama"), m.name), (self.tr("NIK"), m.nik), (self.tr("Tempat, tanggal lahir"), birth),
                 (self.tr("Telepon"), m.phone), (self.tr("Alamat"), address),
                 (self.tr("Tahap keluarga sejahtera"), STAGES.get(m.welfare_stage, m.welfare_stage))]
        return [f"\u2022 {label}: {value}" for label, value in lines if value]

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Hapus data pribadi"))
        number = format_number(self.member.number)
        self.intro.setText(self.tr(
            "Data pribadi {number} – {name} akan dihapus untuk selamanya (UU 27/2022). Yang dihapus:"
        ).format(number=number, name=self.member.name))
        self.what.setText("\n".join(self._erased_lines()) + "\n\n" + self.tr(
            "Yang tetap: nomor anggota {number}, tanggal masuk dan keluar, dan semua catatan uangnya "
            "(simpanan, pinjaman, kuitansi, SHU). Namanya menjadi \u201cAnggota {number} (data dihapus)\u201d. "
            "Penghapusan dicatat di jejak audit bersama alasannya, tanpa data yang dihapus. "
            "Bila perlu, buat dulu \u201cEkspor data pribadi\u201d untuknya.").format(number=number))
        self.captions["reason"].setText(self.tr("Alasan"))
        self.reason.setPlaceholderText(self.tr("misalnya: permintaan anggota, surat tanggal …"))
        self.save_button.setText(self.tr("Hapus data pribadi"))

    def save(self) -> MemberRow:
        return privacy.erase_member(self.member.id, self.reason.text())


def export_personal_data(parent: QWidget, member: MemberRow) -> Path | None:
    """Ask where, write her personal data and transactions there, and say where it went."""
    title = QCoreApplication.translate("privacy_dialogs", "Ekspor data pribadi")
    suggested = default_path(f"data-pribadi-{format_number(member.number)}")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), "Excel (*.xlsx)")
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        written = privacy.export_personal_data(member.id, str(path))
    except Rejected as refused:
        QMessageBox.warning(parent, title, "\n".join(issue_text(i) for i in refused.issues))
        return None
    except DocumentError as error:
        QMessageBox.warning(parent, title, document_error_text(error))
        return None
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "privacy_dialogs", "Data pribadi tersimpan sebagai {name}\ndi folder {folder}.")
                            .format(name=written.name, folder=written.parent))
    return written
