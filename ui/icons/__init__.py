"""The app's SVG icons, read with ui.theme.icon."""
