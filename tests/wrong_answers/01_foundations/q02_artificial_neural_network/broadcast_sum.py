# replaces: neuron
# Computes (w * x).sum() with no shape check: a length-1 w broadcasts silently.
# fails: test_neuron_shapes
def neuron(x: np.ndarray, w: np.ndarray, b: float, activation: str) -> float:
    if activation not in ("identity", "step", "sigmoid", "tanh", "relu"):
        raise ValueError(f"unknown activation {activation!r}")
    z = float((w * x).sum() + b)
    if activation == "identity":
        return z
    if activation == "step":
        return 1.0 if z >= 0 else 0.0
    if activation == "sigmoid":
        return float(1 / (1 + np.exp(-z)))
    if activation == "tanh":
        return float(np.tanh(z))
    return max(z, 0.0)
