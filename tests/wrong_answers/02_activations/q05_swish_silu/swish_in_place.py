# replaces: swish
# Multiplies x by the gate in place to save memory, so the caller's array is overwritten.
# fails: test_swish_silu
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    z = beta * x
    e = np.exp(-np.abs(z))
    x *= np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return x
