"""Who may see what: local accounts, sign-in sessions, the viewer's scope from personnel postings, the audit log."""
