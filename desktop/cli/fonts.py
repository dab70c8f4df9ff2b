"""`confdesk fonts status` and `confdesk fonts prepare [--forms hk,tw,cn]`: the Chinese fonts.

Badges and the program print Chinese in Noto Sans CJK in Hong Kong, Taiwan or mainland glyph
forms once that face is prepared: converted from the system's font (Debian: fonts-noto-cjk)
to TrueType in the user's cache folder, about 35 s per face (desktop.pdf.cjk_forms). Until
then, and for characters Noto lacks, they print in WenQuanYi Micro Hei.
"""

from __future__ import annotations

import argparse
import time

from desktop.base.errors import UserError
from desktop.cli.common import ProgressBar, print_json
from desktop.pdf import cjk_forms
from desktop.pdf.cjk_forms import FORMS, LABEL


def _forms(text: str) -> list[str]:
    try:
        return cjk_forms.parse_forms(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _weights(args: argparse.Namespace) -> tuple[bool, ...]:
    return (False,) if args.regular_only else (False, True)


def cmd_status(args: argparse.Namespace) -> int:
    faces = [cjk_forms.status(f, bold) for f in args.forms for bold in _weights(args)]
    if args.check:
        return 0 if all(face.path is not None for face in faces) else 1
    if args.json:
        print_json([cjk_forms.describe(face) for face in faces])
        return 0
    for face in faces:
        weight = "Bold" if face.bold else "Regular"
        head = f"{face.forms}  {LABEL[face.forms]:<15} {weight:<8}"
        if face.path is not None:
            where = "packaged with the app" if face.bundled else "prepared"
            print(f"{head} {where}: {face.path}")
        elif face.source is not None:
            print(f"{head} not prepared (confdesk fonts prepare --forms {face.forms})")
        else:
            print(f"{head} not prepared: no Noto Sans CJK found (apt install fonts-noto-cjk)")
        if face.source is not None:
            print(f"{'':31} from {face.source}")
    print(
        "Chinese without a prepared face, and characters Noto lacks: WenQuanYi Micro Hei (shipped)"
    )
    return 0


def cmd_prepare(args: argparse.Namespace) -> int:
    failed: dict[str, list[str]] = {}
    for forms in args.forms:
        for bold in _weights(args):
            family = cjk_forms.FAMILY[forms] + (" Bold" if bold else "")
            before = cjk_forms.status(forms, bold)
            if before.path is not None and not before.bundled and not args.force:
                print(f"{family}: already prepared ({before.path})")
                continue
            errors: list[str] = []
            t0 = time.perf_counter()
            path = cjk_forms.prepare(
                forms, bold, ProgressBar(family), force=args.force, errors=errors
            )
            if path is None:
                failed.setdefault(errors[0] if errors else "unknown reason", []).append(family)
                continue
            print(f"{family}: prepared in {time.perf_counter() - t0:.0f} s ({path})")
    if failed:
        raise UserError(
            "; ".join(
                f"{', '.join(names).replace(', Noto Sans CJK ', ', ')} not prepared: {why}"
                for why, names in failed.items()
            )
            + "; Chinese prints in WenQuanYi Micro Hei meanwhile",
            1,
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "fonts",
        help="the Chinese fonts: Noto Sans CJK in Hong Kong, Taiwan or mainland forms",
        description=(
            "Badges and the program print Chinese in Noto Sans CJK (SIL Open Font License 1.1) "
            "in Hong Kong (hk), Taiwan (tw) or mainland (cn) glyph forms, once that face is "
            "prepared: converted from the system's Noto Sans CJK (Debian: fonts-noto-cjk) "
            "into the user's cache folder, about 35 s per face. Until then Chinese prints in "
            "WenQuanYi Micro Hei."
        ),
    )
    # `confdesk fonts` alone: the status.
    p.set_defaults(func=cmd_status, forms=list(FORMS), regular_only=False, check=False, json=False)
    fsub = p.add_subparsers(dest="fonts_command", metavar="COMMAND")
    all_forms = ",".join(FORMS)

    s = fsub.add_parser(
        "status", help="which forms are prepared, where, and from which source font"
    )
    s.add_argument(
        "--forms",
        type=_forms,
        default=list(FORMS),
        metavar="hk,tw,cn",
        help=f"only these forms (default {all_forms})",
    )
    s.add_argument("--regular-only", action="store_true", help="leave out the bold faces")
    s.add_argument(
        "--check",
        action="store_true",
        help="print nothing; exit 0 when every face asked for is prepared, else 1",
    )
    s.add_argument("--json", action="store_true", help="print as JSON")
    s.set_defaults(func=cmd_status)

    q = fsub.add_parser(
        "prepare",
        help="convert Noto Sans CJK for printing, once (about 35 s per face)",
        description=(
            "Convert the system's Noto Sans CJK faces of these forms (regular and bold) to "
            "TrueType in the user's cache folder; faces already prepared from the same font "
            "are kept. Exit 1 when a face could not be prepared (the reason on one line)."
        ),
    )
    q.add_argument(
        "--forms",
        type=_forms,
        default=["hk"],
        metavar="hk,tw,cn",
        help=f"the forms to prepare, of {all_forms} (default hk)",
    )
    q.add_argument("--regular-only", action="store_true", help="leave out the bold faces")
    q.add_argument("--force", action="store_true", help="convert again even if prepared")
    q.set_defaults(func=cmd_prepare)
