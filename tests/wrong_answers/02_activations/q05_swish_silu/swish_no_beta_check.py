# replaces: swish
# Stable and right for valid beta, but never checks beta, so a negative or NaN beta is accepted.
# fails: test_swish_invalid_beta
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    z = beta * x
    e = np.exp(-np.abs(z))
    return x * np.where(z >= 0, 1 / (1 + e), e / (1 + e))
