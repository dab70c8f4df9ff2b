"""The Attendees screen: a lazy table over every attendee of the event, filtered in SQL."""
