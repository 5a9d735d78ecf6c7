# replaces: swish_grad
# Forgets the chain rule's factor beta: sigma(beta x) + x sigma(beta x)(1 - sigma(beta x)).
# fails: test_grad_autograd, test_grad_beta_zero, test_grad_tail, test_grad_float32, test_grad_no_overflow, test_grad_numpy_only
def swish_grad(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    z = beta * x
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return s + x * s * (1 - s)
