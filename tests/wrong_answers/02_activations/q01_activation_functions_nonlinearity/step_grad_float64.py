# replaces: activation_grad
# Returns np.zeros(x.shape) for the step and a float-literal np.where for ReLU: float64.
# fails: test_grad_float32
def activation_grad(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return np.zeros(x.shape)
    if name in ("sigmoid", "softplus"):
        e = np.exp(-np.abs(x))
        s = np.where(x >= 0, 1 / (1 + e), e / (1 + e))
        return s * (1 - s) if name == "sigmoid" else s
    if name == "tanh":
        t = np.tanh(x)
        return 1 - t * t
    if name == "relu":
        return np.where(x > 0, 1.0, 0.0)
    if name == "leaky_relu":
        return np.where(x > 0, 1, alpha).astype(x.dtype)
    raise ValueError(name)
