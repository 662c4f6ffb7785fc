"""StretchTimer's Qt user interface: pages, the session driver, widgets and sound."""
