# replaces: dense
# Checks W's layout only: a (1,) or (out, 1) bias broadcasts, a 3-D X goes through.
# fails: test_dense_bad_shapes
def dense(
    X: np.ndarray, W: np.ndarray, b: np.ndarray | None, activation: str
) -> np.ndarray:
    if activation not in ("identity", "step", "sigmoid", "tanh", "relu"):
        raise ValueError(f"unknown activation {activation!r}")
    if W.ndim != 2 or W.shape[1] != X.shape[-1]:
        raise ValueError("W must have shape (out, in)")
    Z = X @ W.T
    if b is not None:
        Z = Z + b
    if activation == "step":
        return (Z >= 0).astype(Z.dtype)
    if activation == "sigmoid":
        return 1 / (1 + np.exp(-Z))
    if activation == "tanh":
        return np.tanh(Z)
    if activation == "relu":
        return np.maximum(Z, 0)
    return Z
