# replaces: activation_grad
# tanh'(x) = 1 / cosh(x)^2, right on paper, but cosh(1000) overflows to inf.
# fails: test_grad_no_overflow
def activation_grad(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return np.zeros_like(x)
    if name in ("sigmoid", "softplus"):
        e = np.exp(-np.abs(x))
        s = np.where(x >= 0, 1 / (1 + e), e / (1 + e))
        return s * (1 - s) if name == "sigmoid" else s
    if name == "tanh":
        return 1 / np.cosh(x) ** 2
    if name == "relu":
        return (x > 0).astype(x.dtype)
    if name == "leaky_relu":
        return np.where(x > 0, 1, alpha).astype(x.dtype)
    raise ValueError(name)
