"""Recognizers: each finds one family of entities in normalised text and returns Detections."""
