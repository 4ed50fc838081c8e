# Type stubs of the extension module (python/src/lib.rs), checked against it
# by `python -m mypy.stubtest newsfacts` in .ci/python.
import os
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple, Union, final


__all__ = [
    "SCHEMA_VERSION",
    "VERSION",
    "ITEMS_FILE",
    "THREADS_VAR",
    "Pipeline",
    "analyzers",
    "rows",
    "resolved_threads",
    "_batches_running",
    "_last_batch_threads",
]

SCHEMA_VERSION: str
VERSION: str
ITEMS_FILE: str
THREADS_VAR: str

@final
class Pipeline:
    def __new__(
        cls,
        analyzers: Optional[List[str]] = None,
        config_json: Optional[str] = None,
        config_path: Optional[Union[str, os.PathLike[str]]] = None,
        offsets: str = "chars",
    ) -> Pipeline: ...
    @property
    def names(self) -> List[str]: ...
    @property
    def warnings(self) -> List[str]: ...
    def run_json(
        self,
        items: Iterable[Union[str, Any]],
        threads: Optional[int] = None,
        first_line: int = 1,
    ) -> List[str]: ...
    def run(
        self,
        items: Iterable[Union[str, Any]],
        decode: Callable[[str], Any],
        threads: Optional[int] = None,
        first_line: int = 1,
    ) -> List[Any]: ...

def analyzers() -> List[Dict[str, Any]]: ...
def rows(
    records: List[str], analyzers: List[str]
) -> List[Tuple[str, str, Optional[int], Optional[int], str, str]]: ...
def resolved_threads(threads: Optional[int] = None) -> int: ...
def _batches_running() -> int: ...
def _last_batch_threads() -> int: ...
