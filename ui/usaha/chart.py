"""Monthly sales and profit of the businesses over the last 12 months, drawn with QPainter:
one pair of bars per month (sales, profit; a loss goes below the zero line), short rupiah
labels on the scale ("1,2 jt"), month names under the bars. One business or all together."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.usaha.report import MonthFigures
from ui.usaha.common import short_rupiah

SALES_COLOUR = QColor("#2e7d32")
PROFIT_COLOUR = QColor("#f9a825")
LOSS_COLOUR = QColor("#c62828")


def nice_step(top: int) -> int:
    """A round scale step so that about four steps cover `top` (1, 2, 2.5 or 5 × 10^k)."""
    if top <= 0:
        return 1
    raw = top / 4
    power = 1
    while power * 10 <= raw:
        power *= 10
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return power * 10


class MonthlyChart(QWidget):
    """set_figures(months, month_names): months are (sales, profit) per month, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usahaChart")
        self.months: list[tuple[int, int]] = []
        self.names: list[str] = []
        self.legend = ("", "")
        self.empty_text = ""
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def set_figures(self, figures: list[MonthFigures], names: list[str]) -> None:
        """Figures of one or more businesses: summed per month (in the order of `names`)."""
        months: dict = {}
        for f in figures:
            s, p = months.get(f.month, (0, 0))
            months[f.month] = (s + f.sales_rp, p + f.profit_rp)
        self.months = [months[m] for m in sorted(months)]
        self.names = names
        self.update()

    def set_words(self, sales: str, profit: str, empty: str) -> None:
        self.legend = (sales, profit)
        self.empty_text = empty
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        top_value = max([max(s, p) for s, p in self.months] + [0])
        low_value = min([min(p, 0) for _, p in self.months] + [0])
        if not self.months or (top_value == 0 and low_value == 0):
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        step = nice_step(max(top_value - low_value, 1))
        top = -(-top_value // step) * step
        low = -(-(-low_value) // step) * step * -1 if low_value < 0 else 0
        scale_width = max(metrics.horizontalAdvance(short_rupiah(v)) for v in (top, low, step)) + 10
        left, right = scale_width + 6, self.width() - 8
        plot_top, plot_bottom = line * 2 + 4, self.height() - line - 8
        height = max(plot_bottom - plot_top, 10)

        def y(value: int) -> float:
            return plot_top + (top - value) * height / max(top - low, 1)

        # legend
        x = left
        for colour, text in ((SALES_COLOUR, self.legend[0]), (PROFIT_COLOUR, self.legend[1])):
            painter.fillRect(QRectF(x, 4 + line / 4, line / 2 + 4, line / 2 + 4), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(int(x + line), 4 + metrics.ascent(), text)
            x += line + metrics.horizontalAdvance(text) + 24
        # scale lines
        grid = QPen(QColor("#d0d0d0"))
        value = low
        while value <= top:
            painter.setPen(grid)
            painter.drawLine(int(left), int(y(value)), int(right), int(y(value)))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y(value) - line / 2, scale_width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_rupiah(value))
            value += step
        painter.setPen(QPen(self.palette().text().color()))
        painter.drawLine(int(left), int(y(0)), int(right), int(y(0)))
        # bars
        slot = (right - left) / len(self.months)
        bar = max(min(slot * 0.36, 40), 2)
        small = QFont(painter.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        for i, (sales, profit) in enumerate(self.months):
            x0 = left + i * slot + (slot - 2 * bar) / 2
            painter.fillRect(QRectF(x0, y(sales), bar, y(0) - y(sales)), SALES_COLOUR)
            colour = PROFIT_COLOUR if profit >= 0 else LOSS_COLOUR
            painter.fillRect(QRectF(x0 + bar, min(y(profit), y(0)), bar, abs(y(0) - y(profit))), colour)
            painter.setFont(small)
            painter.setPen(self.palette().text().color())
            if sales and slot >= metrics.horizontalAdvance("00,0 jt") + 4:
                painter.drawText(QRectF(left + i * slot, y(sales) - line - 2, slot, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, short_rupiah(sales))
            if i < len(self.names):
                painter.drawText(QRectF(left + i * slot, plot_bottom + 4, slot, line),
                                 Qt.AlignmentFlag.AlignHCenter, self.names[i])
        painter.end()
