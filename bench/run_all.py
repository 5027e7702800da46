"""``make bench``: run every benchmark under bench/ and print one table."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Result  # noqa: E402


def load_benchmarks() -> list[tuple[str, object]]:
    found = []
    for path in sorted(HERE.glob("*.py")):
        if path.name in ("common.py", "run_all.py"):
            continue
        spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if hasattr(module, "run"):
            found.append((path.stem, module))
    return found


def main() -> int:
    results: list[tuple[str, Result]] = []
    for name, module in load_benchmarks():
        print(f"… {name}", file=sys.stderr, flush=True)
        for result in module.run():  # type: ignore[attr-defined]
            results.append((name, result))
    width = max([len(r.target) for _, r in results] + [10])
    print(f"{'Benchmark':<18} {'Ziel':<{width}} {'gemessen':>12} {'Vorgabe':>12} {'/Vorgabe':>8}  Ergebnis")
    for name, r in results:
        verdict = "PASS" if r.passed else "FAIL"
        ratio = r.measured / r.goal if r.goal else float("inf")
        werte = f"{r.measured:>10.2f} {r.unit:<1} {r.goal:>10.2f} {r.unit:<1} {ratio:>7.2f}x"
        print(f"{name:<18} {r.target:<{width}} {werte}  {verdict}" + (f"  ({r.note})" if r.note else ""))
    return 0 if all(r.passed for _, r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
