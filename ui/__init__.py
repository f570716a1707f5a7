"""Lumbung's Qt desktop: windows, dialogs and table models over the services in app/."""
