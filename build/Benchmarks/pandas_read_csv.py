"""The peer of the CSV loader in BENCHMARKS.md: pandas.read_csv on the same file, timed inside the process (imports excluded)."""
import statistics
import sys
import time

import pandas as pd

path, runs = sys.argv[1], int(sys.argv[2])
pd.read_csv(path)  # warm-up: file cache and lazy imports
times = []
for _ in range(runs):
    start = time.perf_counter()
    pd.read_csv(path)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
