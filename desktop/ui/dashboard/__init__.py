"""The dashboard screen: arrivals, check-ins by hour and category, desks, prints."""

from desktop.ui.dashboard.screen import DashboardScreen

__all__ = ["DashboardScreen"]
