"""One BLAS thread for the CLI and the workers, unless the user says otherwise."""
import os

from newsfacts.compute import BLAS_THREAD_VARS, one_blas_thread


def test_unset_environment_gets_one_thread(monkeypatch):
    for var in BLAS_THREAD_VARS:
        monkeypatch.delenv(var, raising=False)
    one_blas_thread()
    assert all(os.environ[var] == "1" for var in BLAS_THREAD_VARS)


def test_users_setting_is_kept_unless_forced(monkeypatch):
    for var in BLAS_THREAD_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    one_blas_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4" and "OMP_NUM_THREADS" not in os.environ
    one_blas_thread(force=True)
    assert all(os.environ[var] == "1" for var in BLAS_THREAD_VARS)


def test_pymorphy_reads_its_dictionaries_with_the_c_extension():
    # dawg2 is a dependency for speed: without it pymorphy2 falls back to
    # DAWG-Python silently and lemmatizing becomes 5x slower
    import pymorphy2.dawg
    assert pymorphy2.dawg.EXTENSION_AVAILABLE
