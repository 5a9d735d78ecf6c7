# replaces: dense
# Adds the bias after the activation, f(X @ W.T) + b.
# fails: test_dense_basics, test_dense_vs_torch, test_dense_square_layout, test_dense_single_example, test_dense_float32, test_dense_numpy_only
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
    if activation == "step":
        A = (Z >= 0).astype(Z.dtype)
    elif activation == "sigmoid":
        A = 1 / (1 + np.exp(-Z))
    elif activation == "tanh":
        A = np.tanh(Z)
    elif activation == "relu":
        A = np.maximum(Z, 0)
    else:
        A = Z
    return A if b is None else A + b
