# replaces: neuron
# Adds the bias to the neuron's output, f(w . x) + b, instead of inside f.
# fails: test_neuron_basics, test_neuron_vs_torch, test_neuron_at_zero
def neuron(x: np.ndarray, w: np.ndarray, b: float, activation: str) -> float:
    if activation not in ("identity", "step", "sigmoid", "tanh", "relu"):
        raise ValueError(f"unknown activation {activation!r}")
    if x.ndim != 1 or w.ndim != 1 or x.shape != w.shape:
        raise ValueError("x and w must be 1-D of one length")
    z = float(x @ w)
    if activation == "identity":
        a = z
    elif activation == "step":
        a = 1.0 if z >= 0 else 0.0
    elif activation == "sigmoid":
        a = float(1 / (1 + np.exp(-z)))
    elif activation == "tanh":
        a = float(np.tanh(z))
    else:
        a = max(z, 0.0)
    return a + b
