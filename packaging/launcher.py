"""Entry of the frozen build (squad_planner.spec): one bundle, two executables. squad-planner
opens the window; squad-planner-cli (a console program on Windows too) runs the command line."""

import sys
from pathlib import Path

if Path(sys.executable).stem.endswith("-cli"):
    from planner.cli import main
else:
    from ui.app import main

sys.exit(main())
