# replaces: swish_grad
# Uses the beta = 1 formula y + sigma(beta x)(1 - y) for every beta, without the factors beta in front of y.
# fails: test_grad_autograd, test_grad_beta_zero, test_grad_tail, test_grad_float32, test_grad_no_overflow, test_grad_numpy_only
def swish_grad(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    z = beta * x
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    y = x * s
    return y + s * (1 - y)
