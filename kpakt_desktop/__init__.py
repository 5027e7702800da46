"""Kommunalpakt Desktop: the OZG-Koordinator's tool for the Nachnutzung of the EfA-Fokusleistungen."""

__version__ = "0.1.0"
APP_NAME = "Kommunalpakt Desktop"
APP_ID = "kommunalpakt-desktop"
