"""Page and zoom controls for a QPdfView: previous / next page, "Page 3 of 12", fit width, fit
page, zoom out / in with the zoom shown; Ctrl+- / Ctrl+= / Ctrl+0 and PgUp / PgDown on the
preview."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


class PdfControls(QWidget):
    """The controls of one `view`; call `document_loaded()` after each new document."""

    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous page (PgUp)"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next page (PgDown)"))
        self.page = QSpinBox()
        self.page.setObjectName("previewPage")
        self.page.setMinimum(1)
        self.page.setKeyboardTracking(False)
        self.pages = QLabel(self.tr("of {count}").format(count=0))
        self.fit_width = QPushButton(self.tr("Fit width"))
        self.fit_page = QPushButton(self.tr("Fit page"))
        self.zoom_out = QPushButton("−")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl+=)"))
        self.zoom_label = QLabel(self.tr("fit width"))
        self.zoom_label.setObjectName("previewZoom")
        self.zoom_label.setMinimumWidth(70)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (
            QLabel(self.tr("Page")),
            self.previous_button,
            self.page,
            self.pages,
            self.next_button,
        ):
            box.addWidget(w)
        box.addSpacing(16)
        for w in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_label, self.zoom_in):
            box.addWidget(w)
        box.addStretch(1)
        for b in (self.previous_button, self.next_button, self.zoom_out, self.zoom_in):
            b.setFixedWidth(36)

        self.previous_button.clicked.connect(lambda: self.go(self.current() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.current() + 1))
        self.page.valueChanged.connect(lambda n: self.go(n - 1))
        self.fit_width.clicked.connect(lambda: self._mode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self._mode(QPdfView.ZoomMode.FitInView))
        self.zoom_out.clicked.connect(lambda: self.step(-1))
        self.zoom_in.clicked.connect(lambda: self.step(+1))
        view.pageNavigator().currentPageChanged.connect(self._page_changed)
        # Zoom keys anywhere on the screen that holds the preview; page keys on the preview.
        screen = parent or view
        for keys, slot, owner, what in (
            ("Ctrl+=", lambda: self.step(+1), screen, self.tr("Zoom in")),
            ("Ctrl++", lambda: self.step(+1), screen, self.tr("Zoom in")),
            ("Ctrl+-", lambda: self.step(-1), screen, self.tr("Zoom out")),
            (
                "Ctrl+0",
                lambda: self._mode(QPdfView.ZoomMode.FitToWidth),
                screen,
                self.tr("Fit the width"),
            ),
            ("PgDown", lambda: self.go(self.current() + 1), view, self.tr("Next page")),
            ("PgUp", lambda: self.go(self.current() - 1), view, self.tr("Previous page")),
        ):
            action = QAction(what, owner)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            owner.addAction(action)
        self.document_loaded()

    def count(self) -> int:
        doc = self.view.document()
        return doc.pageCount() if doc is not None else 0

    def current(self) -> int:
        return self.view.pageNavigator().currentPage()

    def document_loaded(self) -> None:
        """A new document: page 1 of its pages, buttons as they apply."""
        n = self.count()
        self.page.blockSignals(True)
        self.page.setMaximum(max(n, 1))
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.pages.setText(self.tr("of {count}").format(count=n))
        for w in (self.page, self.fit_width, self.fit_page, self.zoom_in, self.zoom_out):
            w.setEnabled(n > 0)
        self._buttons()

    def go(self, index: int) -> None:
        """Show page `index` (0-based), kept within the document."""
        n = self.count()
        if n == 0:
            return
        index = max(0, min(n - 1, index))
        self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_changed(index)

    def step(self, direction: int) -> None:
        """One zoom step in or out from the zoom shown now."""
        now = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            now = self._effective_zoom()
        if direction > 0:
            new = next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1])
        else:
            new = next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(new)
        self.zoom_label.setText(f"{new:.0%}")

    def _effective_zoom(self) -> float:
        """The zoom a fit mode shows (page width against the view's width)."""
        doc = self.view.document()
        if doc is None or doc.pageCount() == 0:
            return 1.0
        points = doc.pagePointSize(max(self.current(), 0)).width()
        pixels = points / 72 * self.logicalDpiX()
        return self.view.viewport().width() / pixels if pixels else 1.0

    def _mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self.zoom_label.setText(
            self.tr("fit width") if mode == QPdfView.ZoomMode.FitToWidth else self.tr("fit page")
        )

    def _page_changed(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)
        self._buttons()

    def _buttons(self) -> None:
        n, now = self.count(), self.current()
        self.previous_button.setEnabled(n > 0 and now > 0)
        self.next_button.setEnabled(n > 0 and now < n - 1)
