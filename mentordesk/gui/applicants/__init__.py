"""The Applicants area: table model, filters, editing with undo."""
