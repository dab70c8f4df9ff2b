"""Staff PINs (leaving kiosk mode, unlocking a desk): checked, stored only as a salted hash.

A PIN is 4 to 12 digits (full-width digits typed through a Chinese input method count). What
is kept in the desk's settings is `pbkdf2-sha256$iterations$salt$hash`, never the PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata

MIN_DIGITS, MAX_DIGITS = 4, 12
_ITERATIONS = 120_000
_SCHEME = "pbkdf2-sha256"


def pin_problem(pin: str) -> str:
    """Why `pin` cannot be a PIN ("" when it can)."""
    pin = unicodedata.normalize("NFKC", pin or "")
    if not pin.isascii() or not pin.isdigit():
        return f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits."
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits."
    return ""


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    digits = unicodedata.normalize("NFKC", pin).encode()
    return hashlib.pbkdf2_hmac("sha256", digits, salt, iterations)


def hash_pin(pin: str) -> str:
    """The stored form of a valid PIN (ValueError for one that is not)."""
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    salt = secrets.token_bytes(16)
    digest = _derive(pin, salt, _ITERATIONS)
    return f"{_SCHEME}${_ITERATIONS}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the PIN `stored` was made from (False for anything malformed)."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != _SCHEME or pin_problem(pin):
            return False
        got = _derive(pin, bytes.fromhex(salt), int(iterations))
        return hmac.compare_digest(got, bytes.fromhex(digest))
    except (ValueError, AttributeError):
        return False
