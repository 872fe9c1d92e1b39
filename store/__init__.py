"""store: the TinyDB cache built from parsed reports.

The only code that reads or writes cache files. Never imports textual.
"""
