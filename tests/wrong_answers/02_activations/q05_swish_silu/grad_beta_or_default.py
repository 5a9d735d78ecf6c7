# replaces: swish_grad
# Defaults beta with "beta = beta or 1.0", which silently turns beta = 0 into beta = 1.
# fails: test_grad_beta_zero
def swish_grad(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    beta = beta or 1.0
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    z = beta * x
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return s + z * s * (1 - s)
