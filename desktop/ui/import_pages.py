"""The import wizard's first pages: choose the file, preview it, map its columns.

These pages only read the file (the first rows) and the event's saved mappings; the check,
the import and the summary are in `desktop.ui.import_wizard`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)
from sqlalchemy.orm import Session

from db.models import CATEGORIES
from desktop.core.attendee_import import ImportOptions
from desktop.core.attendee_import import mapping as mp
from desktop.core.attendee_import.presets import PRESETS
from desktop.core.attendee_import.readers import DELIMITERS, Table
from desktop.core.attendee_import.sync import resolve_for
from desktop.core.attendee_import.validate import category_of, literal_pattern
from desktop.core.events import event_by_id
from desktop.ui import file_dialogs
from desktop.ui.desk.style import category_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.theme import theme

if TYPE_CHECKING:
    from desktop.ui.import_wizard import ImportWizard

PREVIEW_ROWS = 20
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp950", "big5hkscs", "gb18030", "cp1252", "latin-1"]
FILE_FILTER = QT_TRANSLATE_NOOP(
    "FilePage", "Registrations (*.csv *.tsv *.txt *.xlsx);;All files (*)"
)
# The names of the delimiters (readers.DELIMITERS) and of the fields a column can go to
# (mapping.FIELDS), as the pages show them: translated where shown.
DELIMITER_WORDS = {
    ",": QT_TRANSLATE_NOOP("PreviewPage", "comma"),
    ";": QT_TRANSLATE_NOOP("PreviewPage", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("PreviewPage", "tab"),
    "|": QT_TRANSLATE_NOOP("PreviewPage", "pipe"),
}
FIELD_WORDS = {
    "external_id": QT_TRANSLATE_NOOP("MappingPage", "External id"),
    "order_code": QT_TRANSLATE_NOOP("MappingPage", "Order code"),
    "given_name": QT_TRANSLATE_NOOP("MappingPage", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("MappingPage", "Family name"),
    "full_name": QT_TRANSLATE_NOOP("MappingPage", "Full name (split)"),
    "name_local": QT_TRANSLATE_NOOP("MappingPage", "Name in Chinese / local script"),
    "organization": QT_TRANSLATE_NOOP("MappingPage", "Organization"),
    "title": QT_TRANSLATE_NOOP("MappingPage", "Job title"),
    "email": QT_TRANSLATE_NOOP("MappingPage", "Email"),
    "phone": QT_TRANSLATE_NOOP("MappingPage", "Phone"),
    "country": QT_TRANSLATE_NOOP("MappingPage", "Country"),
    "category": QT_TRANSLATE_NOOP("MappingPage", "Category"),
    "status": QT_TRANSLATE_NOOP("MappingPage", "Status"),
    "ticket_code": QT_TRANSLATE_NOOP("MappingPage", "Ticket code"),
    "badge_code": QT_TRANSLATE_NOOP("MappingPage", "Badge code (earlier store)"),
    "notes": QT_TRANSLATE_NOOP("MappingPage", "Notes"),
    "staff_note": QT_TRANSLATE_NOOP("MappingPage", "Staff note"),
    "ignore": QT_TRANSLATE_NOOP("MappingPage", "(ignore)"),
}
# The presets' labels (presets.PRESETS), by name.
PRESET_WORDS = {
    "eventbrite": QT_TRANSLATE_NOOP("MappingPage", "Eventbrite attendee report"),
    "pretix": QT_TRANSLATE_NOOP("MappingPage", "pretix check-in list"),
    "pretix-orders": QT_TRANSLATE_NOOP("MappingPage", "pretix order export (positions)"),
    "indico": QT_TRANSLATE_NOOP("MappingPage", "Indico registrants"),
    "google-forms": QT_TRANSLATE_NOOP("MappingPage", "Google Forms responses"),
    "confdesk": QT_TRANSLATE_NOOP("MappingPage", "Confdesk attendee export"),
}


def delimiter_word(delimiter: str) -> str:
    """A delimiter's name in the interface's language ("," -> "comma", 逗號)."""
    word = DELIMITER_WORDS.get(delimiter)
    if word is None:
        return DELIMITERS.get(delimiter, delimiter)
    return QCoreApplication.translate("PreviewPage", word)


def field_word(field: str) -> str:
    """The name of a field a column can go to, in the interface's language."""
    word = FIELD_WORDS.get(field)
    if word is None:
        return mp.FIELDS.get(field, field)
    return QCoreApplication.translate("MappingPage", word)


def preset_word(name: str) -> str:
    """A preset's label in the interface's language (its own label for one not listed)."""
    word = PRESET_WORDS.get(name)
    if word is None:
        preset = PRESETS.get(name)
        return preset.label if preset else name
    return QCoreApplication.translate("MappingPage", word)


def table_widget(name: str) -> QTableWidget:
    """A read-only table for previews and reports."""
    t = QTableWidget()
    t.setObjectName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    return t


def show_value(value: Any) -> str:
    """A cell as text (dates in ISO form)."""
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class FilePage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Choose the registration file"))
        self.setSubTitle(
            self.tr(
                "CSV or TSV in any encoding (UTF-8, UTF-16, Big5, GBK, Windows-1252) or an XLSX "
                "workbook: Eventbrite, pretix, Indico, Google Forms or your own sheet."
            )
        )
        self.path = mark_data(QLineEdit())  # a file's path
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("/path/to/registrations.csv"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.error = QLabel()
        self.error.setObjectName("fileError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme().bad};")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    def _browse(self) -> None:
        name = file_dialogs.open_file(self, self.tr("Registration file"), "", self.tr(FILE_FILTER))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        self.wiz.path = Path(self.path.text().strip())
        self.wiz.encoding = self.wiz.delimiter = self.wiz.sheet = None
        ok = self.wiz.load_preview()
        self.error.setText("" if ok else self.wiz.preview_error)
        return ok


class PreviewPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Check that names look right; change the encoding or delimiter if not.")
        )
        self.detected = QLabel()
        self.detected.setObjectName("detectedLabel")
        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingCombo")
        self.encoding.addItem(self.tr("Automatic"), None)
        for e in ENCODINGS:
            self.encoding.addItem(e, e)
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("delimiterCombo")
        self.delimiter.addItem(self.tr("Automatic"), None)
        for d in DELIMITERS:
            self.delimiter.addItem(delimiter_word(d), d)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheetCombo")  # the workbook's sheet names: data
        mark_data(self.sheet)
        self.error = QLabel()
        self.error.setObjectName("previewError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme().bad};")
        self.table = mark_data(table_widget("previewTable"))  # the file's first rows
        form = QFormLayout()
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        form.addRow(self.tr("Sheet"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self._loading = False
        self.encoding.currentIndexChanged.connect(self._reload)
        self.delimiter.currentIndexChanged.connect(self._reload)
        self.sheet.currentIndexChanged.connect(self._reload)

    def initializePage(self) -> None:
        self.fill()

    def _reload(self) -> None:
        if self._loading:
            return
        self.wiz.encoding = self.encoding.currentData()
        self.wiz.delimiter = self.delimiter.currentData()
        self.wiz.sheet = self.sheet.currentData()
        self.wiz.load_preview()
        self.fill()

    def fill(self) -> None:
        self._loading = True
        t = self.wiz.table
        self.error.setText(self.wiz.preview_error)
        is_xlsx = t is not None and t.kind == "xlsx"
        self.encoding.setEnabled(not is_xlsx)
        self.delimiter.setEnabled(not is_xlsx)
        self.sheet.setEnabled(is_xlsx)
        if t is not None:
            if is_xlsx:
                self.detected.setText(
                    self.tr("XLSX workbook, sheet “{sheet}”").format(sheet=t.sheet)
                )
                self.sheet.clear()
                for name in t.sheets:
                    self.sheet.addItem(name, name)
                self.sheet.setCurrentIndex(max(0, t.sheets.index(t.sheet)))
            else:
                self.detected.setText(
                    self.tr("Detected: encoding {encoding}, delimiter {delimiter}").format(
                        encoding=t.encoding, delimiter=delimiter_word(t.delimiter)
                    )
                )
            self.table.clear()
            self.table.setColumnCount(len(t.headers))
            self.table.setHorizontalHeaderLabels(t.headers)
            rows = t.rows[:PREVIEW_ROWS]
            self.table.setRowCount(len(rows))
            for r, rec in enumerate(rows):
                for c in range(len(t.headers)):
                    value = show_value(rec[c]) if c < len(rec) else ""
                    self.table.setItem(r, c, QTableWidgetItem(value))
        self._loading = False
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.table is not None and not self.wiz.preview_error


class MappingPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Each column goes to a field, by its name. Columns left as “extra” are kept "
                "with the attendee; “(ignore)” drops them."
            )
        )
        self.preset = QComboBox()
        self.preset.setObjectName("presetCombo")
        self.preset.addItem(self.tr("Automatic"), "")
        for p in PRESETS.values():
            self.preset.addItem(preset_word(p.name), p.name)
        self.source = QLabel()
        self.source.setObjectName("mappingSource")
        self.table = table_widget("mappingTable")
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Example"), self.tr("Field")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 220)
        self.combos: dict[str, QComboBox] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Preset")))
        row.addWidget(self.preset, 1)
        row.addWidget(self.source)
        # The values of the category column (ticket types: "General Admission", "VIP Gold")
        # and the category each one means; saved with the mapping.
        self.values_box = QGroupBox(self.tr("Category values"))
        self.values_box.setObjectName("categoryValues")
        self.values_table = table_widget("categoryValuesTable")
        self.values_table.setColumnCount(2)
        self.values_table.setHorizontalHeaderLabels(
            [self.tr("Value in the file"), self.tr("Category")]
        )
        self.values_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values_table.setMaximumHeight(170)
        self.default_box = QComboBox()
        self.default_box.setObjectName("categoryDefault")
        self.default_box.addItem(self.tr("refuse the row"), "")
        for c in CATEGORIES:
            self.default_box.addItem(category_label(c), c)
        self.value_boxes: dict[str, QComboBox] = {}
        vbox = QVBoxLayout(self.values_box)
        vbox.addWidget(self.values_table)
        other = QHBoxLayout()
        other.addWidget(QLabel(self.tr("Any other value:")))
        other.addWidget(self.default_box, 1)
        vbox.addLayout(other)
        self.values_box.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.values_box)
        self.preset.currentIndexChanged.connect(lambda _i: self._resolve(self.preset.currentData()))

    def initializePage(self) -> None:
        self._resolve(self.wiz.preset_choice)

    def _resolve(self, preset: str | None) -> None:
        t = self.wiz.table
        if t is None:
            return
        self.wiz.preset_choice = preset or ""
        options = ImportOptions(preset=preset or None)

        def run(s: Session) -> mp.Resolved:
            return resolve_for(t, event_by_id(s, self.wiz.ctx.event_id), options)

        resolved = self.wiz.ctx.worker.read(run)
        self.wiz.resolved = resolved
        if resolved.source == "saved":
            source = self.tr("From the mapping saved for these columns")
        elif resolved.source == "preset":
            source = self.tr("From preset")
        else:
            source = self.tr("From column names")
        if resolved.preset:
            source = self.tr("{source}: {preset}").format(
                source=source, preset=preset_word(resolved.preset)
            )
        self.source.setText(source)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(resolved.preset)))
        self.preset.blockSignals(False)
        self._fill(t, mp.column_fields(resolved.mapping))

    def _fill(self, t: Table, fields: dict[str, str]) -> None:
        self.table.setRowCount(len(t.headers))
        self.combos.clear()
        for r, h in enumerate(t.headers):
            example = next((show_value(rec[r]) for rec in t.rows if r < len(rec) and rec[r]), "")
            self.table.setItem(r, 0, QTableWidgetItem(h))
            self.table.setItem(r, 1, QTableWidgetItem(example))
            box = QComboBox()
            box.addItem(self.tr("extra field"), mp.EXTRA)
            for key in mp.FIELDS:
                box.addItem(field_word(key), key)
            box.setCurrentIndex(max(0, box.findData(fields.get(h, mp.EXTRA))))
            box.currentIndexChanged.connect(lambda _i: self._fill_values())
            self.table.setCellWidget(r, 2, box)
            self.combos[h] = box
        self._fill_values()

    def _fill_values(self) -> None:
        """One row per value of the category column in the first rows, with its category:
        a value rule already saved, else what the value's word says (Speaker, 講者), else
        "choose"."""
        t = self.wiz.table
        columns = [h for h, box in self.combos.items() if box.currentData() == "category"]
        if t is None or not columns:
            self.values_box.hide()
            return
        resolved = self.wiz.resolved
        rules = list(resolved.category_values) if resolved else []
        index = t.headers.index(columns[0])
        values = list(
            dict.fromkeys(
                str(rec[index]).strip()
                for rec in t.rows
                if index < len(rec) and str(rec[index] or "").strip()
            )
        )[:40]
        self.values_table.setRowCount(len(values))
        self.value_boxes.clear()
        for r, value in enumerate(values):
            self.values_table.setItem(r, 0, QTableWidgetItem(value))
            box = QComboBox()
            box.addItem(self.tr("choose…"), "")
            for c in CATEGORIES:
                box.addItem(category_label(c), c)
            chosen = category_of(value, rules) or ""
            box.setCurrentIndex(max(0, box.findData(chosen)))
            self.values_table.setCellWidget(r, 1, box)
            self.value_boxes[value] = box
        default = resolved.category_default if resolved else ""
        self.default_box.setCurrentIndex(max(0, self.default_box.findData(default)))
        self.values_box.show()

    def category_rules(self) -> tuple[list[tuple[str, str]], str]:
        """The value rules and the default the user chose (only values whose category the
        usual words would not give)."""
        rules = [
            (literal_pattern(value), str(box.currentData()))
            for value, box in self.value_boxes.items()
            if box.currentData() and category_of(value) != box.currentData()
        ]
        # Rules saved for values these first rows do not show (a pattern, a rarer value).
        saved = self.wiz.resolved.category_values if self.wiz.resolved else []
        shown = {literal_pattern(v) for v in self.value_boxes} | set(self.value_boxes)
        rules += [(p, c) for p, c in saved if p not in shown]
        return rules, str(self.default_box.currentData() or "")

    def set_value_category(self, value: str, category: str) -> None:
        """Choose the category of one value (what a user does with its combo box)."""
        box = self.value_boxes[value]
        box.setCurrentIndex(box.findData(category))

    def chosen(self) -> dict[str, list[str]]:
        columns = {h: box.currentData() for h, box in self.combos.items()}
        previous = self.wiz.resolved.mapping if self.wiz.resolved else None
        return mp.from_column_fields(columns, previous)

    def set_field(self, column: str, field: str) -> None:
        """Choose a column's field (what a user does with the combo box)."""
        box = self.combos[column]
        box.setCurrentIndex(box.findData(field))

    def validatePage(self) -> bool:
        self.wiz.mapping = self.chosen()
        if self.values_box.isVisible() or self.value_boxes:
            self.wiz.category_values, self.wiz.category_default = self.category_rules()
        return True
