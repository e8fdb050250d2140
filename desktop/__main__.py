"""Entry point for `hearth` and `python -m desktop`."""

import multiprocessing
import sys


def main() -> int:
    """Run the CLI (the window arrives with the chat-window issue)."""
    # A frozen build re-enters here for the engine child; let multiprocessing take it.
    multiprocessing.freeze_support()
    from desktop import cli

    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
