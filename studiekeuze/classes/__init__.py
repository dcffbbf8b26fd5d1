"""Class mode: importing a class list and producing the advice sheets of a whole class."""
