"""Small dialogs of the app: the counsellor's check, class import options, privacy settings."""
