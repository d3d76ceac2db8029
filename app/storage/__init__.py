"""Where Tandem's data lives: the models, and opening, creating and upgrading the file."""
