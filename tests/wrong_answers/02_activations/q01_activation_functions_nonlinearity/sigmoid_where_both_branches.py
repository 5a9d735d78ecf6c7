# replaces: activation
# Picks between the two sigmoid formulas with np.where, which still evaluates both.
# fails: test_activation_no_overflow
def activation(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return (x > 0).astype(x.dtype)
    if name == "sigmoid":
        return np.where(x >= 0, 1 / (1 + np.exp(-x)), np.exp(x) / (1 + np.exp(x)))
    if name == "tanh":
        return np.tanh(x)
    if name == "relu":
        return np.maximum(x, 0)
    if name == "leaky_relu":
        return np.where(x > 0, x, alpha * x)
    if name == "softplus":
        return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))
    raise ValueError(name)
