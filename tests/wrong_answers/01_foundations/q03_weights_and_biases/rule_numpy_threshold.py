# replaces: decision_rule
# Returns -b / w as computed: a numpy float32 (not a Python float) for float32 inputs.
# fails: test_rule_types
def decision_rule(w: float, b: float) -> tuple[float, str]:
    if not (math.isfinite(w) and math.isfinite(b)):
        raise ValueError("w and b must be finite")
    if w == 0:
        return math.nan, ("always" if b > 0 else "never")
    return -b / w, ("above" if w > 0 else "below")
