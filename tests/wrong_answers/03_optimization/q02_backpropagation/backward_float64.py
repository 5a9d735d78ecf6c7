# replaces: mlp_backward
# Casts every gradient with np.asarray(g, dtype=float): float32 parameters get float64 grads.
# fails: test_backward_float32
def mlp_backward(
    X: np.ndarray, y: np.ndarray, params: dict, activation: str = "sigmoid"
) -> dict:
    if activation not in ("sigmoid", "tanh"):
        raise ValueError(activation)
    z1 = X @ params["W1"] + params["b1"]
    a1 = 1.0 / (1.0 + np.exp(-z1)) if activation == "sigmoid" else np.tanh(z1)
    a2 = 1.0 / (1.0 + np.exp(-(a1 @ params["W2"] + params["b2"])))
    dz2 = (a2 - y) / X.shape[0] * a2 * (1.0 - a2)
    da1 = dz2 @ params["W2"].T
    dz1 = da1 * (a1 * (1.0 - a1) if activation == "sigmoid" else 1.0 - a1 * a1)
    grads = {"W1": X.T @ dz1, "b1": dz1.sum(0), "W2": a1.T @ dz2, "b2": dz2.sum(0)}
    return {name: np.asarray(grad, dtype=float) for name, grad in grads.items()}
