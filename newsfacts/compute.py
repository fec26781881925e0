"""How many threads the taggers' matrix library may use.

Natasha's taggers multiply small matrices with numpy, whose OpenBLAS starts
a thread per core and keeps them spinning between calls. On news texts that
buys nothing: measured on this project's samples, one thread extracts as
fast (2.24 s against 2.39 s for 60 articles) with half the CPU time (2.2 s
against 4.8 s), and leaves the other core to the database writer or a
second extraction worker. So the CLI and every worker use one thread unless
the user's environment says otherwise.
"""
from __future__ import annotations

import ctypes
import os
import sys

BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_blas_thread(force: bool = False) -> None:
    """Ask for one BLAS thread: through the environment before numpy loads,
    and directly if it already has. A user's own setting is kept unless
    `force` (extraction workers, which must not oversubscribe the cores)."""
    if not force and any(var in os.environ for var in BLAS_THREAD_VARS):
        return
    for var in BLAS_THREAD_VARS:
        os.environ[var] = "1"
    if "numpy" in sys.modules:  # loaded (or forked) after the library started its threads
        _openblas_threads(1)


def _openblas_threads(n: int) -> None:
    try:
        with open("/proc/self/maps") as fh:
            paths = {line.split()[-1] for line in fh if "openblas" in line.lower() and "/" in line}
    except OSError:
        return
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in ("openblas_set_num_threads", "scipy_openblas_set_num_threads64_",
                     "openblas_set_num_threads64_"):
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(ctypes.c_int(n))
                break
