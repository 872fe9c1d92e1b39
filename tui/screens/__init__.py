"""Screens pushed from the main gwr screen."""
