# replaces: swish_grad
# Special-cases beta = 0 with np.full(x.shape, 0.5), which is float64 even for a float32 x.
# fails: test_grad_float32
def swish_grad(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    if beta == 0:
        return np.full(x.shape, 0.5)
    z = beta * x
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return s + z * s * (1 - s)
