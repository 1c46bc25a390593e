"""Where the year is kept: the database, its schema and migrations, the audit log, backups."""
