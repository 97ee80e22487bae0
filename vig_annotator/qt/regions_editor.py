"""Each person's region of a clip: typed as ``NAME=X,Y,W,H`` or drawn on a still, shown on it either way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vig_annotator.media.probe import MediaError
from vig_annotator.qt import analysis_forms as forms
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.region_picture import Region, RegionPicture


class RegionsEditor(QWidget):
    """The region text, a save button, and the still to draw on; ``still`` gives the picture when asked."""

    failed = Signal(str)
    """The still could not be shown: why."""

    def __init__(self, still: Callable[[], QImage], save: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._still = still
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr("parent=X,Y,W,H; infant=X,Y,W,H (pixels of the upright picture)"))
        self.picture = RegionPicture()
        self.picture.drawn.connect(self._on_drawn)
        self.line.textChanged.connect(lambda text: self.picture.show_regions(forms.regions_in(text)))
        saving = QPushButton(tr("Save regions for this clip"))
        saving.clicked.connect(lambda: save())
        show = QPushButton(tr("Show the picture"))
        show.clicked.connect(self.show_picture)
        typed = QHBoxLayout()
        typed.addWidget(self.line, 1)
        typed.addWidget(saving)
        drawing = QHBoxLayout()
        drawing.addWidget(show)
        for name, label in (("parent", tr("Draw parent")), ("infant", tr("Draw infant"))):
            draw = QPushButton(label)
            draw.clicked.connect(lambda _checked=False, n=name: self.picture.draw_as(n))
            drawing.addWidget(draw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(typed)
        layout.addLayout(drawing)
        layout.addWidget(self.picture)

    def show_picture(self) -> None:
        """Put the still under the regions, to check them or draw them."""
        try:
            self.picture.show_image(self._still())
        except (ValueError, OSError, MediaError) as exc:
            self.failed.emit(str(exc))

    def _on_drawn(self, name: str, region: Region) -> None:
        self.line.setText(forms.region_text({**forms.regions_in(self.line.text()), name: region}))
