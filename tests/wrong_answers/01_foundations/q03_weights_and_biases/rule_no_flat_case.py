# replaces: decision_rule
# Divides by w without a w = 0 branch: a constant neuron raises ZeroDivisionError.
# fails: test_rule_flat
def decision_rule(w: float, b: float) -> tuple[float, str]:
    w, b = float(w), float(b)
    if not (math.isfinite(w) and math.isfinite(b)):
        raise ValueError("w and b must be finite")
    return -b / w, ("above" if w > 0 else "below")
