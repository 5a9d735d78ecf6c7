# replaces: mlp_backward
# "Backpropagation updates the weights": returns params - lr * gradient, not the gradient.
# fails: test_backward_basics, test_backward_vs_autograd, test_backward_finite_differences, test_backward_tanh, test_backward_float32, test_backward_batch_of_one, test_backward_numpy_only
def mlp_backward(
    X: np.ndarray, y: np.ndarray, params: dict, activation: str = "sigmoid"
) -> dict:
    if activation not in ("sigmoid", "tanh"):
        raise ValueError(activation)
    lr = 0.1
    z1 = X @ params["W1"] + params["b1"]
    a1 = 1.0 / (1.0 + np.exp(-z1)) if activation == "sigmoid" else np.tanh(z1)
    a2 = 1.0 / (1.0 + np.exp(-(a1 @ params["W2"] + params["b2"])))
    dz2 = (a2 - y) / X.shape[0] * a2 * (1.0 - a2)
    da1 = dz2 @ params["W2"].T
    dz1 = da1 * (a1 * (1.0 - a1) if activation == "sigmoid" else 1.0 - a1 * a1)
    grads = {
        "W1": X.T @ dz1,
        "b1": dz1.sum(axis=0),
        "W2": a1.T @ dz2,
        "b2": dz2.sum(axis=0),
    }
    return {name: params[name] - lr * grad for name, grad in grads.items()}
