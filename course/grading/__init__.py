"""The instructor's grading: the class command, nbgrader plug-ins, sandbox, tamper scan.

``python -m course grade`` (:mod:`.grade`) stands on :mod:`.plugins` (loaded by
nbgrader_config.py), :mod:`.sandbox` and :mod:`.tamper`; :mod:`.sampleclass` writes a
class to try it on.
"""
