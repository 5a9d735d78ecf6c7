# replaces: heavy_ball_rate
# Builds the 2 x 2 matrix and asks np.linalg.eigvals (the spec asks for the formula).
# fails: test_rate_closed_form
def heavy_ball_rate(lr, curvature, momentum):
    if lr < 0 or curvature < 0 or not 0.0 <= momentum < 1.0:
        raise ValueError("need lr >= 0, curvature >= 0 and 0 <= momentum < 1")
    M = np.array([[1.0 - lr * curvature, -lr * momentum], [curvature, momentum]])
    return float(np.abs(np.linalg.eigvals(M)).max())
