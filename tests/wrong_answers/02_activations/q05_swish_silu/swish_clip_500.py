# replaces: swish
# Clips the exponent to [-500, 500]: overflows in float32 all the same, and in float64 leaves swish(-1000) nonzero.
# fails: test_swish_beta, test_swish_extremes, test_swish_tail, test_swish_no_overflow
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    return x / (1 + np.exp(-np.clip(beta * x, -500, 500)))
