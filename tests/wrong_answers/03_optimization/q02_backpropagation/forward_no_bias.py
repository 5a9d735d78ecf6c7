# replaces: mlp_forward
# Leaves out both biases: z1 = X @ W1 and z2 = a1 @ W2.
# fails: test_forward_basics, test_forward_vs_torch, test_forward_float32, test_forward_edge_shapes
def mlp_forward(X: np.ndarray, params: dict, activation: str = "sigmoid") -> dict:
    if activation == "sigmoid":
        g = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    elif activation == "tanh":
        g = np.tanh
    else:
        raise ValueError(activation)
    z1 = X @ params["W1"]
    a1 = g(z1)
    z2 = a1 @ params["W2"]
    a2 = 1.0 / (1.0 + np.exp(-z2))
    return {"z1": z1, "a1": a1, "z2": z2, "a2": a2}
