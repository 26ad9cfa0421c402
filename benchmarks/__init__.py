"""Benchmarks run on demand (not by pytest); a package so `benchmarks.synthetic` wins over any other `benchmarks`."""
