"""督查督办: instructions and decisions registered, decomposed, assigned, chased and closed."""
