# replaces: mlp_forward
# Always uses a sigmoid hidden layer: the activation argument is never read.
# fails: test_forward_vs_torch, test_forward_float32, test_forward_edge_shapes, test_forward_invalid_activation
def mlp_forward(X: np.ndarray, params: dict, activation: str = "sigmoid") -> dict:
    z1 = X @ params["W1"] + params["b1"]
    a1 = 1.0 / (1.0 + np.exp(-z1))
    z2 = a1 @ params["W2"] + params["b2"]
    a2 = 1.0 / (1.0 + np.exp(-z2))
    return {"z1": z1, "a1": a1, "z2": z2, "a2": a2}
