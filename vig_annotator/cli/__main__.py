"""``python -m vig_annotator.cli``: the same as the ``vig-annotator`` command."""

import sys

from vig_annotator.cli import main

sys.exit(main())
