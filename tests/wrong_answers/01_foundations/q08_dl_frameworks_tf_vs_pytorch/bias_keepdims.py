# replaces: mlp_grads
# Sums the bias gradients with keepdims=True: shapes (1, H) and (1, K), not (H,), (K,).
# fails: test_mlp_grads_basics, test_mlp_grads_autograd, test_mlp_grads_small_shapes, test_mlp_grads_numpy_only
def mlp_grads(
    X: np.ndarray,
    y: np.ndarray,
    W1: np.ndarray,
    b1: np.ndarray,
    W2: np.ndarray,
    b2: np.ndarray,
) -> dict[str, np.ndarray]:
    A = np.tanh(X @ W1 + b1)
    y_hat = A @ W2 + b2
    G = 2 * (y_hat - y) / y.size
    dZ = (G @ W2.T) * (1 - A**2)
    return {
        "W1": X.T @ dZ,
        "b1": dZ.sum(axis=0, keepdims=True),
        "W2": A.T @ G,
        "b2": G.sum(axis=0, keepdims=True),
    }
