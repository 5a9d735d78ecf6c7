# replaces: mlp_forward
# Uses PyTorch's nn.Linear layout, X @ W.T, although W1 is given as (D, H).
# fails: test_forward_basics, test_forward_vs_torch, test_forward_float32, test_forward_edge_shapes
def mlp_forward(X: np.ndarray, params: dict, activation: str = "sigmoid") -> dict:
    if activation == "sigmoid":
        g = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    elif activation == "tanh":
        g = np.tanh
    else:
        raise ValueError(activation)
    z1 = X @ params["W1"].T + params["b1"]
    a1 = g(z1)
    z2 = a1 @ params["W2"].T + params["b2"]
    a2 = 1.0 / (1.0 + np.exp(-z2))
    return {"z1": z1, "a1": a1, "z2": z2, "a2": a2}
