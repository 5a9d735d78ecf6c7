# replaces: units_needed
# Solves the bound for M^2 and returns that, forgetting the square root.
# fails: test_units_basics, test_units_tight, test_units_rate, test_units_edge
def units_needed(a: float, b: float, max_f2: float, eps: float) -> int:
    if not all(math.isfinite(v) for v in (a, b, max_f2, eps)):
        raise ValueError("arguments must be finite")
    if b <= a or eps <= 0 or max_f2 < 0:
        raise ValueError("need a < b, eps > 0 and max_f2 >= 0")
    return max(1, math.ceil((b - a) ** 2 * max_f2 / (8 * eps)))
