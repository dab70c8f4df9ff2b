"""The printed program: timetable grid, program book, room door signs, speaker itineraries."""
