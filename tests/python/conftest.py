"""Shared fixtures: the `import` command line that the package is compared against.

scripts/test.sh sets AV_IMPORT_CLI to the binary cargo built; run alone, the tests build it.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli():
    binary = os.environ.get("AV_IMPORT_CLI")
    if not binary:
        subprocess.run(
            ["cargo", "build", "-q", "--offline", "-p", "article-cli", "--bin", "import"],
            cwd=ROOT,
            check=True,
        )
        binary = str(ROOT / "target" / "debug" / "import")
    return CommandLine(binary)


class CommandLine:
    """Runs `import` on text given on stdin, with draft()'s keyword options as flags."""

    def __init__(self, binary):
        self.binary = binary

    def run(self, text, **options):
        args = [self.binary]
        for name, value in options.items():
            flag = "--" + name.replace("_", "-")
            if value is True:
                args.append(flag)
            elif value not in (None, False):
                args += [flag, value]
        args.append("-")
        data = text.encode() if isinstance(text, str) else text
        return subprocess.run(args, input=data, capture_output=True)

    def draft(self, text, **options):
        """The article JSON, parsed by Python's json module."""
        done = self.run(text, **options)
        assert done.returncode == 0, done.stderr.decode()
        return json.loads(done.stdout)

    def error(self, text, **options):
        """The one-line error, without the `import: -: ` prefix that names the command and file."""
        done = self.run(text, **options)
        assert done.returncode == 2, done.stdout.decode()
        line = done.stderr.decode().strip()
        assert "\n" not in line, line
        return line.removeprefix("import: ").removeprefix("-: ")
