# replaces: mlp_forward
# Converts X to float64 "for accuracy", so float32 inputs come back as float64.
# fails: test_forward_float32
def mlp_forward(X: np.ndarray, params: dict, activation: str = "sigmoid") -> dict:
    if activation == "sigmoid":
        g = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    elif activation == "tanh":
        g = np.tanh
    else:
        raise ValueError(activation)
    X = np.asarray(X, dtype=float)
    z1 = X @ params["W1"] + params["b1"]
    a1 = g(z1)
    z2 = a1 @ params["W2"] + params["b2"]
    a2 = 1.0 / (1.0 + np.exp(-z2))
    return {"z1": z1, "a1": a1, "z2": z2, "a2": a2}
