"""Kommunen page: the Land's Kommunen and Kreise, their details, Kontakte and the register import."""
