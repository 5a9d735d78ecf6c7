# replaces: heavy_ball_rate
# Returns beta for complex roots: the loss's factor per step, not the distance's.
# fails: test_rate_basics, test_rate_vs_eigenvalues, test_rate_regimes, test_rate_vs_simulation, test_rate_closed_form
def heavy_ball_rate(lr, curvature, momentum):
    if lr < 0 or curvature < 0 or not 0.0 <= momentum < 1.0:
        raise ValueError("need lr >= 0, curvature >= 0 and 0 <= momentum < 1")
    a = 1.0 + momentum - lr * curvature
    disc = a * a - 4.0 * momentum
    if disc < 0:
        return momentum
    return (abs(a) + math.sqrt(disc)) / 2.0
