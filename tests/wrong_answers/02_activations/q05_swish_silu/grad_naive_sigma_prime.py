# replaces: swish_grad
# Writes sigma'(z) as exp(-z) / (1 + exp(-z))**2, which overflows to inf / inf = NaN for very negative z.
# fails: test_grad_extremes, test_grad_tail, test_grad_no_overflow
def swish_grad(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    z = beta * x
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    ez = np.exp(-z)
    return s + x * beta * ez / (1 + ez) ** 2
