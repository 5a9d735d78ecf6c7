# replaces: decision_rule
# For w = 0 counts b = 0 (output exactly 1/2) as "always" instead of "never".
# fails: test_rule_flat
def decision_rule(w: float, b: float) -> tuple[float, str]:
    w, b = float(w), float(b)
    if not (math.isfinite(w) and math.isfinite(b)):
        raise ValueError("w and b must be finite")
    if w == 0.0:
        return math.nan, ("always" if b >= 0 else "never")
    return -b / w, ("above" if w > 0 else "below")
