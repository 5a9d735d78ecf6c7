# replaces: dense
# Writes the product as np.einsum("ni,oi->no") and never checks X.ndim: a 1-D X fails.
# fails: test_dense_single_example, test_dense_bad_shapes
def dense(
    X: np.ndarray, W: np.ndarray, b: np.ndarray | None, activation: str
) -> np.ndarray:
    if activation not in ("identity", "step", "sigmoid", "tanh", "relu"):
        raise ValueError(f"unknown activation {activation!r}")
    if W.ndim != 2 or W.shape[1] != X.shape[-1]:
        raise ValueError("W must have shape (out, in)")
    if b is not None and b.shape != (W.shape[0],):
        raise ValueError("b must have shape (out,)")
    Z = np.einsum("ni,oi->no", X, W)
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
