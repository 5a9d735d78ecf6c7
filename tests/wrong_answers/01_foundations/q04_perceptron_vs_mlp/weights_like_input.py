# replaces: perceptron_train
# Keeps X's dtype for w (zeros_like, updated in place): float32 stays float32, integers fail.
# fails: test_perceptron_basics, test_perceptron_inputs, test_perceptron_lr, test_perceptron_numpy_only, test_perceptron_stopping, test_perceptron_ties
def perceptron_train(
    X: np.ndarray, y: np.ndarray, epochs: int, lr: float = 1.0
) -> tuple[np.ndarray, float, list[int]]:
    X = np.asarray(X)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("X must be (N, D) and y (N,)")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 or 1")
    if epochs < 1 or not lr > 0:
        raise ValueError("epochs >= 1 and lr > 0")
    s = np.where(y == 1, 1, -1)
    w = np.zeros_like(X[0])
    b = 0.0
    mistakes = []
    for _ in range(epochs):
        count = 0
        for x_i, s_i in zip(X, s, strict=True):
            if s_i * (x_i @ w + b) <= 0:
                w += lr * s_i * x_i
                b += lr * s_i
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
