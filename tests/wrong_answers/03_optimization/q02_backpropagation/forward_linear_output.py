# replaces: mlp_forward
# Applies the activation to the hidden layer only: the output a2 is left linear (= z2).
# fails: test_forward_basics, test_forward_vs_torch, test_forward_float32, test_forward_edge_shapes
def mlp_forward(X: np.ndarray, params: dict, activation: str = "sigmoid") -> dict:
    if activation == "sigmoid":
        g = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    elif activation == "tanh":
        g = np.tanh
    else:
        raise ValueError(activation)
    z1 = X @ params["W1"] + params["b1"]
    a1 = g(z1)
    z2 = a1 @ params["W2"] + params["b2"]
    return {"z1": z1, "a1": a1, "z2": z2, "a2": z2}
