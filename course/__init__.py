"""Helpers for the deep-learning interview course: plots, widgets, checks, catalog, CLI.

Nothing here holds an exercise's solution: the notebooks' hidden tests compare the
learner's code with independent oracles (torch built-ins, autograd, closed forms).
"""

__version__ = "0.1.0"
