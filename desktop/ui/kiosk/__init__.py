"""The self-service kiosk: an attendee-facing full-screen window (desktop.ui.kiosk.window)."""
