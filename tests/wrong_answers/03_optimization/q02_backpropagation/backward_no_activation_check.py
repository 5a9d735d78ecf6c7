# replaces: mlp_backward
# Falls back to the sigmoid for any activation other than tanh, with no ValueError.
# fails: test_backward_invalid_activation
def mlp_backward(
    X: np.ndarray, y: np.ndarray, params: dict, activation: str = "sigmoid"
) -> dict:
    z1 = X @ params["W1"] + params["b1"]
    a1 = np.tanh(z1) if activation == "tanh" else 1.0 / (1.0 + np.exp(-z1))
    a2 = 1.0 / (1.0 + np.exp(-(a1 @ params["W2"] + params["b2"])))
    dz2 = (a2 - y) / X.shape[0] * a2 * (1.0 - a2)
    da1 = dz2 @ params["W2"].T
    dz1 = da1 * (1.0 - a1 * a1 if activation == "tanh" else a1 * (1.0 - a1))
    return {
        "W1": X.T @ dz1,
        "b1": dz1.sum(axis=0),
        "W2": a1.T @ dz2,
        "b2": dz2.sum(axis=0),
    }
