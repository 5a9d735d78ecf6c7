# replaces: activation_grad
# Confuses Leaky ReLU's value with its slope: returns alpha * x on the negative side.
# fails: test_grad_basics, test_grad_autograd, test_grad_finite_differences, test_grad_kink, test_grad_extremes, test_grad_float32, test_grad_no_overflow, test_grad_numpy_only
def activation_grad(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return np.zeros_like(x)
    if name in ("sigmoid", "softplus"):
        e = np.exp(-np.abs(x))
        s = np.where(x >= 0, 1 / (1 + e), e / (1 + e))
        return s * (1 - s) if name == "sigmoid" else s
    if name == "tanh":
        t = np.tanh(x)
        return 1 - t * t
    if name == "relu":
        return (x > 0).astype(x.dtype)
    if name == "leaky_relu":
        return np.where(x > 0, 1, alpha * x).astype(x.dtype)
    raise ValueError(name)
