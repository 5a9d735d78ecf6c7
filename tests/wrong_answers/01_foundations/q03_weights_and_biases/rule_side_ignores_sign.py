# replaces: decision_rule
# Gets the threshold right but always says class 1 is above it, whatever the sign of w.
# fails: test_rule_basics, test_rule_side
def decision_rule(w: float, b: float) -> tuple[float, str]:
    w, b = float(w), float(b)
    if not (math.isfinite(w) and math.isfinite(b)):
        raise ValueError("w and b must be finite")
    if w == 0.0:
        return math.nan, ("always" if b > 0 else "never")
    return -b / w, "above"
