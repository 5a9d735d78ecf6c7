# replaces: dense
# Returns the pre-activation for any activation name it does not recognise.
# fails: test_dense_unknown_activation
def dense(
    X: np.ndarray, W: np.ndarray, b: np.ndarray | None, activation: str
) -> np.ndarray:
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
        return (Z >= 0).astype(Z.dtype)
    if activation == "sigmoid":
        return 1 / (1 + np.exp(-Z))
    if activation == "tanh":
        return np.tanh(Z)
    if activation == "relu":
        return np.maximum(Z, 0)
    return Z
