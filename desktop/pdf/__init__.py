"""PDF rendering with reportlab, Qt-free: fonts (fallback chain), fast vector QR codes, sheet
presets, badge templates, the shared badge layout and the batch badge renderer."""
