"""Entry point for `hearth` and `python -m desktop`."""

import multiprocessing
import sys


def main() -> int:
    """`hearth` alone opens the window; `hearth SUBCOMMAND ...` is the command line."""
    # A frozen build re-enters here for the engine child; let multiprocessing take it.
    multiprocessing.freeze_support()
    if len(sys.argv) == 1:
        from desktop import app

        return app.main(sys.argv)
    from desktop import cli

    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
