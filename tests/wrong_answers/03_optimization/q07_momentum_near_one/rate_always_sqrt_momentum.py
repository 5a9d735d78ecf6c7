# replaces: heavy_ball_rate
# Quotes the underdamped answer sqrt(momentum) for every setting.
# fails: test_rate_basics, test_rate_vs_eigenvalues, test_rate_regimes, test_rate_vs_simulation, test_rate_closed_form
def heavy_ball_rate(lr, curvature, momentum):
    if lr < 0 or curvature < 0 or not 0.0 <= momentum < 1.0:
        raise ValueError("need lr >= 0, curvature >= 0 and 0 <= momentum < 1")
    return math.sqrt(momentum)
