"""The only code that speaks SQL: connection, migrations, queries, search."""
