# replaces: units_needed
# Returns the bare ceiling: a straight line (max_f2 = 0) or a huge eps gives 0 units.
# fails: test_units_edge
def units_needed(a: float, b: float, max_f2: float, eps: float) -> int:
    if not all(math.isfinite(v) for v in (a, b, max_f2, eps)):
        raise ValueError("arguments must be finite")
    if b <= a or eps <= 0 or max_f2 < 0:
        raise ValueError("need a < b, eps > 0 and max_f2 >= 0")
    return math.ceil((b - a) * math.sqrt(max_f2 / (8 * eps)))
