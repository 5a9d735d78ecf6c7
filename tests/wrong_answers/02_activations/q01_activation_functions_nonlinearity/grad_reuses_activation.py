# replaces: activation_grad
# Builds sigma' and softplus' from the Exercise 1 function instead of on its own.
# fails: test_grad_numpy_only
def activation_grad(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return np.zeros_like(x)
    if name in ("sigmoid", "softplus"):
        s = activation("sigmoid", x)
        return s * (1 - s) if name == "sigmoid" else s
    if name == "tanh":
        t = np.tanh(x)
        return 1 - t * t
    if name == "relu":
        return (x > 0).astype(x.dtype)
    if name == "leaky_relu":
        return np.where(x > 0, 1, alpha).astype(x.dtype)
    raise ValueError(name)
