"""Layer 4: explainers the notebooks use to show how a result was reached. Nothing below imports it."""
