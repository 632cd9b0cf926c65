"""lib's layers: imports only point down (the contracts in pyproject.toml, [tool.importlinter])."""
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_imports_only_point_down():
    # import-linter's command from the same environment; run in the repository root, so that the lib it
    # checks is this tree's (it puts the working folder first on sys.path) and it reads pyproject.toml
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint_imports, "import-linter is missing: pip install -r requirements.txt"
    run = subprocess.run([lint_imports, "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
