# replaces: activation
# Stable softplus rewrite, but np.log(1 + e) instead of np.log1p(e): the tail is lost.
# fails: test_activation_extremes
def activation(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return (x > 0).astype(x.dtype)
    if name == "sigmoid":
        e = np.exp(-np.abs(x))
        return np.where(x >= 0, 1 / (1 + e), e / (1 + e))
    if name == "tanh":
        return np.tanh(x)
    if name == "relu":
        return np.maximum(x, 0)
    if name == "leaky_relu":
        return np.where(x > 0, x, alpha * x)
    if name == "softplus":
        return np.maximum(x, 0) + np.log(1 + np.exp(-np.abs(x)))
    raise ValueError(name)
