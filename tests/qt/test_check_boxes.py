"""Check boxes are visible in both themes: the VIG principles tree's unchecked boxes stand out from the tree.

Measured on the pixels drawn (WCAG 2's 3:1 for the parts of a control), against the row's background.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem

from vig_annotator.qt import theme


def luminance(colour: QColor) -> float:
    def linear(c: int) -> float:
        x = c / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.current().set_choice(request.param)
    yield request.param
    theme.current().set_choice("system")


def box_contrast(tree: QTreeWidget, item: QTreeWidgetItem) -> float:
    """The most any pixel of the item's check box stands out from the row's background."""
    row = tree.visualItemRect(item)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = row
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    image: QImage = tree.viewport().grab().toImage()
    background = QColor(image.pixel(row.right() - 2, row.center().y()))
    return max(contrast(QColor(image.pixel(x, y)), background)
               for x in range(box.left(), box.right() + 1) for y in range(box.top(), box.bottom() + 1))


@pytest.mark.parametrize("enabled", [True, False], ids=["a moment chosen", "no moment chosen"])
def test_unchecked_principles_show_their_box_in_both_themes(qtbot, demo_window, scheme, enabled) -> None:  # type: ignore[no-untyped-def]
    demo_window.docks["moments"].raise_()
    tree = demo_window.moments.tree
    tree.expandAll()
    tree.setEnabled(enabled)
    qtbot.wait(20)
    first = tree.topLevelItem(0)
    for item in (first, first.child(0)):  # a principle and a sub-item
        assert item.checkState(0) == Qt.CheckState.Unchecked
        assert box_contrast(tree, item) >= 3.0, f"{scheme}: {item.text(0)}"
