# replaces: units_needed
# Checks only eps > 0, so b <= a, a negative max_f2 or infinite arguments slip through.
# fails: test_units_errors
def units_needed(a: float, b: float, max_f2: float, eps: float) -> int:
    if eps <= 0:
        raise ValueError("eps must be positive")
    return max(1, math.ceil(abs(b - a) * math.sqrt(abs(max_f2) / (8 * eps))))
