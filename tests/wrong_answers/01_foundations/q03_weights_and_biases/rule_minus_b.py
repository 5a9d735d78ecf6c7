# replaces: decision_rule
# Takes the bias itself as the threshold: the neuron "fires when x exceeds -b".
# fails: test_rule_basics, test_rule_threshold, test_rule_side, test_rule_types
def decision_rule(w: float, b: float) -> tuple[float, str]:
    w, b = float(w), float(b)
    if not (math.isfinite(w) and math.isfinite(b)):
        raise ValueError("w and b must be finite")
    if w == 0.0:
        return math.nan, ("always" if b > 0 else "never")
    return -b, ("above" if w > 0 else "below")
