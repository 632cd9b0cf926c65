"""Layer 4: evaluation against gold and peer suites (readers, scorers). Nothing below imports it."""
