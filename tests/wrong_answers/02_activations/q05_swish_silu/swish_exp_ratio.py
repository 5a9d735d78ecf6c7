# replaces: swish
# Uses sigma(z) = e^z / (1 + e^z) for every z: inf / inf = NaN for large positive x.
# fails: test_swish_beta, test_swish_extremes, test_swish_no_overflow
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    e = np.exp(beta * x)
    return x * e / (1 + e)
