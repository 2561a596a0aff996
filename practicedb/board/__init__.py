"""The Inspection and Audit Board's pack: figures from the database, laid out by templates."""
