# replaces: units_needed
# Returns np.ceil(...), a numpy float, instead of a Python int.
# fails: test_units_basics, test_units_tight, test_units_edge
def units_needed(a: float, b: float, max_f2: float, eps: float) -> int:
    if not all(np.isfinite([a, b, max_f2, eps])):
        raise ValueError("arguments must be finite")
    if b <= a or eps <= 0 or max_f2 < 0:
        raise ValueError("need a < b, eps > 0 and max_f2 >= 0")
    return max(1.0, np.ceil((b - a) * np.sqrt(max_f2 / (8 * eps))))
