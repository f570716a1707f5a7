"""Backups of the book (to a flashdisk or a folder) and restores from them.

The modules: fileformat (the .lumbung file, sealing and proving it), summary (what a book
holds), create (making a backup), restore, targets (removable drives), reminder (when the
last one was made). Everything a caller needs is here.
"""

from app.backup.create import BackupResult, create_backup, slug
from app.backup.fileformat import (
    BACKUP_CODES, PASSPHRASE_MIN, BackupError, BackupInfo, inspect_backup, passphrase_refusal,
)
from app.backup.reminder import backup_due, keep_count, last_backup_at, last_backup_target, set_keep_count
from app.backup.restore import RestoreResult, current_summary, refuse_itself, restore_backup
from app.backup.summary import BookSummary, summarize
from app.backup.targets import Target, removable_targets
from app.db import check_book

__all__ = [
    "BACKUP_CODES", "PASSPHRASE_MIN", "BackupError", "BackupInfo", "BackupResult", "BookSummary", "RestoreResult",
    "Target",
    "backup_due", "check_book", "create_backup", "current_summary", "inspect_backup", "keep_count",
    "last_backup_at", "last_backup_target", "passphrase_refusal", "refuse_itself", "removable_targets",
    "restore_backup", "set_keep_count",
    "slug", "summarize",
]
