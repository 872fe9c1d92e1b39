"""tui: the Textual app and the `gwr` command line. No parsing happens here."""
