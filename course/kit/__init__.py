"""What the notebooks import: plots, sliders, test checks, synthetic data, small nets.

Everything here reaches every learner, so nothing here holds an exercise's solution.
Notebooks import from the modules by name, e.g. ``from course.kit.plot import
plot_curves``; the names are stable, since every notebook carries them.
"""
