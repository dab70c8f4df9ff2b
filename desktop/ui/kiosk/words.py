"""What the kiosk says, in English and Traditional Chinese (Hong Kong), always both.

Each entry is (English, Chinese); `both()` puts them on two lines. The kiosk speaks to
attendees, so the words are kind and say where to go; they never name a cause that would
tell a stranger something about someone else (an e-mail being registered, a cancelled
ticket).
"""

from __future__ import annotations

Words = tuple[str, str]

WELCOME: Words = ("Welcome", "歡迎")
SCAN_PROMPT: Words = ("Scan the QR code on your ticket", "請掃描門票上的二維碼")
EMAIL_BUTTON: Words = ("No QR code? Check in with your e-mail", "沒有二維碼？以電郵地址登記")
STAFF_BUTTON: Words = ("Staff", "職員")
EMAIL_LABEL: Words = ("Your e-mail address", "你的電郵地址")
SECRET_LABEL: Words = (
    "The last 4 characters of your ticket code, or the last 4 digits of your phone number",
    "門票編號的最後 4 個字元，或電話號碼的最後 4 位數字",
)
CHECK_IN: Words = ("Check in", "登記")
BACK: Words = ("Back", "返回")
DONE: Words = ("Done", "完成")
ONE_MOMENT: Words = ("One moment…", "請稍候…")
WELCOME_NAME: Words = ("Welcome, {name}", "歡迎你，{name}")
ALREADY: Words = ("You are already checked in, {name}", "{name}，你已經完成登記")
PRINTING: Words = (
    "Your badge is printing: please take it from the printer.",
    "正在列印你的名牌，請在打印機領取。",
)
PRINTED_BEFORE: Words = (
    "Your badge was printed before: please wear it. Lost it? Please see the help desk.",
    "你的名牌之前已經列印，請佩戴。如已遺失，請到服務台查詢。",
)
AT_HELP_DESK: Words = ("Please collect your badge at the help desk.", "請到服務台領取你的名牌。")
PRINT_FAILED: Words = (
    "Your badge could not be printed. You are checked in: please collect it at the help desk.",
    "未能列印你的名牌。你已完成登記，請到服務台領取。",
)
HELP_DESK: Words = ("Please see the help desk", "請到服務台查詢")
HELP_SCAN: Words = (
    "We could not check you in with this code. Our staff will be glad to help.",
    "未能以這個二維碼登記，我們的職員樂意協助你。",
)
HELP_EMAIL: Words = (
    "We could not find a registration with these details. Please check them, or see the help desk.",
    "找不到符合這些資料的登記。請檢查後再試，或到服務台查詢。",
)
HELP_PAUSED: Words = (
    "E-mail check-in is paused after several attempts. Please see the help desk.",
    "多次嘗試未能成功，電郵登記暫停。請到服務台查詢。",
)
FILL_BOTH: Words = (
    "Please type your e-mail address and the 4 characters.",
    "請輸入你的電郵地址及 4 個字元。",
)
PIN_TITLE: Words = ("Staff PIN", "職員密碼")
PIN_LEAVE: Words = ("Leave kiosk mode", "離開自助模式")
PIN_WRONG: Words = ("Wrong PIN", "密碼錯誤")
PIN_PAUSED: Words = ("Too many wrong PINs: please wait", "密碼錯誤次數太多，請稍候")


def both(words: Words, **values: str) -> str:
    """The English line, then the Chinese line."""
    return "\n".join(w.format(**values) for w in words)
