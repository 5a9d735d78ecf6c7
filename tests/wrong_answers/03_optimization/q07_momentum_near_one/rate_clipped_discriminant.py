# replaces: heavy_ball_rate
# Clips a negative discriminant to 0 (returns |a| / 2) instead of taking complex roots.
# fails: test_rate_basics, test_rate_vs_eigenvalues, test_rate_regimes, test_rate_vs_simulation, test_rate_closed_form
def heavy_ball_rate(lr, curvature, momentum):
    if lr < 0 or curvature < 0 or not 0.0 <= momentum < 1.0:
        raise ValueError("need lr >= 0, curvature >= 0 and 0 <= momentum < 1")
    a = 1.0 + momentum - lr * curvature
    disc = max(a * a - 4.0 * momentum, 0.0)
    return (abs(a) + math.sqrt(disc)) / 2.0
