# replaces: neuron
# Any activation name it does not know falls through to the identity.
# fails: test_neuron_unknown_activation
def neuron(x: np.ndarray, w: np.ndarray, b: float, activation: str) -> float:
    if x.ndim != 1 or w.ndim != 1 or x.shape != w.shape:
        raise ValueError("x and w must be 1-D of one length")
    z = float(x @ w + b)
    if activation == "step":
        return 1.0 if z >= 0 else 0.0
    if activation == "sigmoid":
        return float(1 / (1 + np.exp(-z)))
    if activation == "tanh":
        return float(np.tanh(z))
    if activation == "relu":
        return max(z, 0.0)
    return z
