# replaces: decision_rule
# Never checks that w and b are finite: NaN or inf gives a number instead of an error.
# fails: test_rule_invalid
def decision_rule(w: float, b: float) -> tuple[float, str]:
    w, b = float(w), float(b)
    if w == 0.0:
        return math.nan, ("always" if b > 0 else "never")
    return -b / w, ("above" if w > 0 else "below")
