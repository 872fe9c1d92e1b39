"""bench: the scale corpus generator (`python -m bench.corpus`) and the benchmark (`python -m bench`).

Not part of the installed application: it measures gwr from the outside, through
`store.open_store` and the Textual app, against baselines measured in the same run.
"""
