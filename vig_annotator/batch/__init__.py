"""Cohort batch analysis: the per-clip analyses run over many clips on a Dask cluster.

The work per clip is a plain function of (clip path, parameters) → rows (``analyses``), the same the
single-clip verbs compute; ``engine`` only fans the clips out to Dask workers, keeps each result by
clip fingerprint and parameters (``cache``) so a batch resumes, and reports progress.
"""
