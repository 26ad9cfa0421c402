"""set_virtual_size: resize a scroll view's content without laying the whole screen out again."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Give view a new virtual size, repainting only it unless its scrollbars appear or go.

    `virtual_size` is a layout reactive: every change re-arranges every widget
    on the screen, 15-30 ms with the review screen's, on each filter and each
    claim shown. Only a scrollbar appearing or going changes anyone's layout.
    """
    if size == view.virtual_size:
        return
    shown = (view.show_vertical_scrollbar, view.show_horizontal_scrollbar)
    view.set_reactive(Widget.virtual_size, size)
    view._refresh_scrollbars()
    if (view.show_vertical_scrollbar, view.show_horizontal_scrollbar) != shown:
        view.refresh(layout=True)
        return
    if view.show_vertical_scrollbar:
        view.vertical_scrollbar.window_virtual_size = size.height
    view.refresh()
