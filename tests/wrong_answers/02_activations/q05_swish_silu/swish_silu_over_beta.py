# replaces: swish
# Uses swish_beta(x) = silu(beta x) / beta with a stable silu: 0 / 0 = NaN at beta = 0.
# fails: test_swish_beta_zero
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    z = beta * x
    e = np.exp(-np.abs(z))
    silu = z * np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return silu / beta
