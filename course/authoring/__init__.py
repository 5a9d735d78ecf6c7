"""The maintainer's tools: build, lint, README index, benchmark, notebook text form,
and the harness that grades every notebook's wrong answers in one kernel."""
