"""The learner's commands: ``run.py lab`` (open the course) and ``run.py check``."""
