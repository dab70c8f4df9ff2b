"""Entry point of the frozen app: the `confdesk` command (the GUI when run without arguments)."""

import multiprocessing

if __name__ == "__main__":
    # Long jobs run in worker processes: in a frozen build each one starts this executable,
    # which must run the job and not the app.
    multiprocessing.freeze_support()
    from desktop.cli import run

    run()
