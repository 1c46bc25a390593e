"""The Qt desktop interface: windows, item models over the core, dialogs and workers."""
