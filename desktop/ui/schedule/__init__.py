"""The Schedule screen: the timetable grid, unscheduled sessions, conflicts, releases.

`ScheduleScreen` (screen.py) puts together `grid` (the QGraphicsView timetable), `unscheduled`,
`conflicts_panel`, the undo commands (`commands`, written through `controller`) and the dialogs
for sessions, rooms, tracks, speakers and releases.
"""

from desktop.ui.schedule.screen import ScheduleScreen

__all__ = ["ScheduleScreen"]
