"""The main window's pages: Verkennen, Vragenlijst, Profiel & suggesties, Advies, Leerlingen."""
