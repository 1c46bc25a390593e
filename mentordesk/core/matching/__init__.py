"""Matching: how well a mentor suits a mentee, the optimal pairing, and the board's pair operations."""
