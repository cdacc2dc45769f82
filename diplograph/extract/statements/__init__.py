"""Statements: who said what and when, direct quotations and reported speech."""
