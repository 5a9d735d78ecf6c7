# replaces: dense
# Uses the textbook/Keras layout W (in, out): checks W.shape[0] and computes X @ W + b.
# fails: test_dense_basics, test_dense_vs_torch, test_dense_square_layout, test_dense_single_example, test_dense_no_bias, test_dense_float32, test_dense_wrong_layout, test_dense_numpy_only
def dense(
    X: np.ndarray, W: np.ndarray, b: np.ndarray | None, activation: str
) -> np.ndarray:
    if activation not in ("identity", "step", "sigmoid", "tanh", "relu"):
        raise ValueError(f"unknown activation {activation!r}")
    if X.ndim not in (1, 2):
        raise ValueError("X must be (N, in) or (in,)")
    if W.ndim != 2 or W.shape[0] != X.shape[-1]:
        raise ValueError("W must have shape (in, out)")
    if b is not None and b.shape != (W.shape[1],):
        raise ValueError("b must have shape (out,)")
    Z = X @ W
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
