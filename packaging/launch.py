"""The bundle's entry point: the same ``vig-annotator`` command as the installed wheel's script."""

import sys

from vig_annotator.cli import main

if __name__ == "__main__":
    sys.exit(main())
