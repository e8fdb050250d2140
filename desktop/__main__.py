"""Entry point for `hearth` and `python -m desktop`."""

import multiprocessing
import os
import sys


def main() -> int:
    """`hearth` alone opens the window; `hearth SUBCOMMAND ...` is the command line."""
    # A frozen build re-enters here for the engine child; let multiprocessing take it.
    multiprocessing.freeze_support()
    if probe := os.environ.get("HEARTH_PRINT_KEYRING"):
        # The bundle's smoke test: which keyring backend a (frozen) build finds.
        import json

        from desktop.core.secrets import keyring_report

        sys.stdout.write(json.dumps(keyring_report(probe == "roundtrip"), indent=2) + "\n")
        return 0
    if len(sys.argv) == 1:
        from desktop import app

        return app.main(sys.argv)
    from desktop import cli

    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
