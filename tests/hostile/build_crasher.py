"""Run one `kg build` and SIGKILL it right after its Nth filesystem step (a folder made, a file
flushed, a rename, a link, a removal), as a power cut or the OOM killer would: no `finally`,
no clean-up. Usage: python build_crasher.py N DATA OUT (N = 0: never; prints the step count)."""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

from kg.build import build

steps = 0
kill_at = int(sys.argv[1])


def counted(function):
    def step(*args, **kwargs):
        global steps
        result = function(*args, **kwargs)
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    return step


for module, name in [
    (os, "mkdir"),
    (os, "fsync"),
    (os, "rename"),
    (os, "replace"),
    (os, "symlink"),
    (os, "unlink"),
    (shutil, "rmtree"),
]:
    setattr(module, name, counted(getattr(module, name)))

result = build([Path(sys.argv[2])], out_dir=Path(sys.argv[3]))
assert result.succeeded
print(steps)
