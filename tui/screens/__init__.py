"""The screens of the gwr app."""
