"""How gwr shows things, for both front ends (the `gwr` command line and the Textual app).

No Textual here (an import-linter contract keeps it so): plain strings and Rich `Text`.
- `literal`: report text as data (control characters made visible, never markup);
- `figures`: numbers, comparator signs and one-line indicator descriptions;
- `labels`: names of metrics, places, reports and sections;
- `markdown`: the Markdown export (`gwr export` and the export dialog).
"""
