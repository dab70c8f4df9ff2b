"""The attendee categories' words for people, beyond the stored codes."""

from __future__ import annotations

# The category's word in Chinese, as a Hong Kong (Traditional) and a mainland (Simplified)
# reader calls it: `{category_label_zh}` and `{category_label_zh_hans}` on a badge, so a
# template's band says English, Chinese or both ("{category_label} {category_label_zh}").
CATEGORY_WORDS_ZH = {
    "attendee": ("參加者", "参会者"),
    "speaker": ("講者", "演讲嘉宾"),
    "vip": ("貴賓", "贵宾"),
    "press": ("傳媒", "媒体"),
    "staff": ("工作人員", "工作人员"),
    "exhibitor": ("參展商", "参展商"),
    "sponsor": ("贊助商", "赞助商"),
    "student": ("學生", "学生"),
}
