# replaces: swish_grad
# Right and stable for valid beta, but a negative, NaN or infinite beta goes through without an error.
# fails: test_grad_invalid_beta
def swish_grad(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    z = beta * x
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return s + z * s * (1 - s)
