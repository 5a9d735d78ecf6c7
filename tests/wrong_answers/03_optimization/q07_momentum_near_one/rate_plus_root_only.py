# replaces: heavy_ball_rate
# Takes the modulus of the "+" root only (the "-" root is larger when a < 0).
# fails: test_rate_vs_eigenvalues, test_rate_regimes, test_rate_vs_simulation
import cmath


def heavy_ball_rate(lr, curvature, momentum):
    if lr < 0 or curvature < 0 or not 0.0 <= momentum < 1.0:
        raise ValueError("need lr >= 0, curvature >= 0 and 0 <= momentum < 1")
    a = 1.0 + momentum - lr * curvature
    return float(abs((a + cmath.sqrt(a * a - 4.0 * momentum)) / 2.0))
