"""The group's capital over the years as stacked bars (QPainter): member savings, grants, bank
loans and reserves per year, each part in its colour, the year under its bar, the total above."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.usaha.chart import nice_step
from ui.usaha.common import short_rupiah

COLOURS = (QColor("#2e7d32"), QColor("#1565c0"), QColor("#c62828"), QColor("#f9a825"))


class CapitalChart(QWidget):
    """set_years(rows): rows of app.funds.report.CapitalYear, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capitalChart")
        self.years: list[tuple[int, tuple[int, int, int, int]]] = []
        self.legend: tuple[str, ...] = ("", "", "", "")
        self.empty_text = ""
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def set_years(self, rows) -> None:
        self.years = [(r.year, (max(r.savings_rp, 0), max(r.grants_rp, 0), max(r.bank_rp, 0), max(r.reserves_rp, 0)))
                      for r in rows]
        self.update()

    def set_words(self, legend: tuple[str, ...], empty: str) -> None:
        self.legend, self.empty_text = legend, empty
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        top_value = max([sum(parts) for _, parts in self.years] + [0])
        if top_value == 0:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        step = nice_step(top_value)
        top = -(-top_value // step) * step
        scale_width = metrics.horizontalAdvance(short_rupiah(top)) + 10
        left, right = scale_width + 6, self.width() - 8
        plot_top, plot_bottom = line * 2 + 8, self.height() - line - 8
        height = max(plot_bottom - plot_top, 10)

        def y(value: int) -> float:
            return plot_bottom - value * height / top

        x = left
        for colour, text in zip(COLOURS, self.legend):
            painter.fillRect(QRectF(x, 4 + line / 4, line / 2 + 4, line / 2 + 4), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(int(x + line), 4 + metrics.ascent(), text)
            x += line + metrics.horizontalAdvance(text) + 18
        value = 0
        while value <= top:
            painter.setPen(QPen(QColor("#d0d0d0")))
            painter.drawLine(int(left), int(y(value)), int(right), int(y(value)))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y(value) - line / 2, scale_width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_rupiah(value))
            value += step
        slot = (right - left) / len(self.years)
        bar = max(min(slot * 0.5, 60), 4)
        for i, (year, parts) in enumerate(self.years):
            x0 = left + i * slot + (slot - bar) / 2
            base = 0
            for colour, part in zip(COLOURS, parts):
                if part:
                    painter.fillRect(QRectF(x0, y(base + part), bar, y(base) - y(base + part)), colour)
                base += part
            painter.setPen(self.palette().text().color())
            if base:
                painter.drawText(QRectF(left + i * slot, y(base) - line - 2, slot, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, short_rupiah(base))
            painter.drawText(QRectF(left + i * slot, plot_bottom + 4, slot, line), Qt.AlignmentFlag.AlignHCenter,
                             str(year))
        painter.end()
