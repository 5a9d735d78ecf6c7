# replaces: neuron
# The step fires only for z > 0, so at z = 0 it returns 0.0 instead of 1.0.
# fails: test_neuron_at_zero
def neuron(x: np.ndarray, w: np.ndarray, b: float, activation: str) -> float:
    if activation not in ("identity", "step", "sigmoid", "tanh", "relu"):
        raise ValueError(f"unknown activation {activation!r}")
    if x.ndim != 1 or w.ndim != 1 or x.shape != w.shape:
        raise ValueError("x and w must be 1-D of one length")
    z = float(x @ w + b)
    if activation == "identity":
        return z
    if activation == "step":
        return 1.0 if z > 0 else 0.0
    if activation == "sigmoid":
        return float(1 / (1 + np.exp(-z)))
    if activation == "tanh":
        return float(np.tanh(z))
    return max(z, 0.0)
