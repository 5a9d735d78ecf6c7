# replaces: neuron
# Sigmoid as 1 / (1 + math.exp(-z)): math.exp(1000) raises OverflowError at z = -1000.
# fails: test_neuron_extremes
def neuron(x: np.ndarray, w: np.ndarray, b: float, activation: str) -> float:
    if activation not in ("identity", "step", "sigmoid", "tanh", "relu"):
        raise ValueError(f"unknown activation {activation!r}")
    if x.ndim != 1 or w.ndim != 1 or x.shape != w.shape:
        raise ValueError("x and w must be 1-D of one length")
    z = float(x @ w + b)
    if activation == "identity":
        return z
    if activation == "step":
        return 1.0 if z >= 0 else 0.0
    if activation == "sigmoid":
        return 1 / (1 + math.exp(-z))
    if activation == "tanh":
        return math.tanh(z)
    return max(z, 0.0)
