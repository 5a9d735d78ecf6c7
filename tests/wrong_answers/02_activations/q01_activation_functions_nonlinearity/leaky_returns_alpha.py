# replaces: activation
# Leaky ReLU "returns a small value alpha" on the negative side instead of alpha * x.
# fails: test_activation_basics, test_activation_vs_torch, test_activation_kink, test_activation_extremes, test_activation_float32, test_activation_leaky_alpha, test_activation_no_overflow, test_activation_numpy_only
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
        return np.where(x > 0, x, alpha).astype(x.dtype)
    if name == "softplus":
        return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))
    raise ValueError(name)
