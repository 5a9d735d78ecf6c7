# replaces: activation_grad
# Takes the right-hand slope at the kink (x >= 0): ReLU'(0) = 1 and Leaky'(0) = 1.
# fails: test_grad_kink, test_grad_no_overflow, test_grad_numpy_only
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
        return (x >= 0).astype(x.dtype)
    if name == "leaky_relu":
        return np.where(x >= 0, 1, alpha).astype(x.dtype)
    raise ValueError(name)
