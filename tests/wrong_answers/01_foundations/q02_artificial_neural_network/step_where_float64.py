# replaces: dense
# Step as np.where(Z >= 0, 1.0, 0.0): the Python floats make a float32 layer float64.
# fails: test_dense_float32
def dense(
    X: np.ndarray, W: np.ndarray, b: np.ndarray | None, activation: str
) -> np.ndarray:
    if activation not in ("identity", "step", "sigmoid", "tanh", "relu"):
        raise ValueError(f"unknown activation {activation!r}")
    if X.ndim not in (1, 2):
        raise ValueError("X must be (N, in) or (in,)")
    if W.ndim != 2 or W.shape[1] != X.shape[-1]:
        raise ValueError("W must have shape (out, in)")
    if b is not None and b.shape != (W.shape[0],):
        raise ValueError("b must have shape (out,)")
    Z = X @ W.T
    if b is not None:
        Z = Z + b
    if activation == "step":
        return np.where(Z >= 0, 1.0, 0.0)
    if activation == "sigmoid":
        return 1 / (1 + np.exp(-Z))
    if activation == "tanh":
        return np.tanh(Z)
    if activation == "relu":
        return np.maximum(Z, 0)
    return Z
