# replaces: activation
# Textbook sigmoid 1 / (1 + exp(-x)): right values, but exp(1000) overflows at -1000.
# fails: test_activation_no_overflow
def activation(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return (x > 0).astype(x.dtype)
    if name == "sigmoid":
        return 1 / (1 + np.exp(-x))
    if name == "tanh":
        return np.tanh(x)
    if name == "relu":
        return np.maximum(x, 0)
    if name == "leaky_relu":
        return np.where(x > 0, x, alpha * x)
    if name == "softplus":
        return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))
    raise ValueError(name)
