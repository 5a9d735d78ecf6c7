# replaces: swish
# Picks the safe form per sign with np.where, but np.where evaluates both forms everywhere, so both overflow.
# fails: test_swish_no_overflow
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    z = beta * x
    s = np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
    return x * s
