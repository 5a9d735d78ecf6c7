# replaces: dense
# Hands the work to torch.nn.functional.linear and converts the result back to numpy.
# fails: test_dense_numpy_only
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
    bias = None if b is None else torch.from_numpy(b)
    Z = torch.nn.functional.linear(torch.from_numpy(X), torch.from_numpy(W), bias)
    if activation == "step":
        return (Z >= 0).to(Z.dtype).numpy()
    if activation == "sigmoid":
        return torch.sigmoid(Z).numpy()
    if activation == "tanh":
        return torch.tanh(Z).numpy()
    if activation == "relu":
        return torch.relu(Z).numpy()
    return Z.numpy()
