# replaces: activation_grad
# softplus'(x) = e^x / (1 + e^x) as differentiated by hand: inf / inf = NaN at 1000.
# fails: test_grad_extremes, test_grad_no_overflow
def activation_grad(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return np.zeros_like(x)
    if name == "softplus":
        return np.exp(x) / (1 + np.exp(x))
    if name == "sigmoid":
        e = np.exp(-np.abs(x))
        s = np.where(x >= 0, 1 / (1 + e), e / (1 + e))
        return s * (1 - s)
    if name == "tanh":
        t = np.tanh(x)
        return 1 - t * t
    if name == "relu":
        return (x > 0).astype(x.dtype)
    if name == "leaky_relu":
        return np.where(x > 0, 1, alpha).astype(x.dtype)
    raise ValueError(name)
