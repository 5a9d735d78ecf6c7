# replaces: mlp_grads
# Converts everything to float64 first "for accuracy": float32 inputs give float64.
# fails: test_mlp_grads_float32
def mlp_grads(
    X: np.ndarray,
    y: np.ndarray,
    W1: np.ndarray,
    b1: np.ndarray,
    W2: np.ndarray,
    b2: np.ndarray,
) -> dict[str, np.ndarray]:
    X, y, W1, b1, W2, b2 = (
        np.asarray(a, dtype=np.float64) for a in (X, y, W1, b1, W2, b2)
    )
    A = np.tanh(X @ W1 + b1)
    y_hat = A @ W2 + b2
    G = 2 * (y_hat - y) / y.size
    dZ = (G @ W2.T) * (1 - A**2)
    return {"W1": X.T @ dZ, "b1": dZ.sum(axis=0), "W2": A.T @ G, "b2": G.sum(axis=0)}
