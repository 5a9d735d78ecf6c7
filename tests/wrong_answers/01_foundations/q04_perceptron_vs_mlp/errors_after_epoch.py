# replaces: perceptron_train
# Records the training errors of the weights at the end of each epoch, not the updates made during it.
# fails: test_perceptron_basics, test_perceptron_mistakes, test_perceptron_stopping, test_perceptron_ties, test_perceptron_numpy_only
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
    Xf = X.astype(np.float64)
    s = np.where(y == 1, 1.0, -1.0)
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    for _ in range(epochs):
        for x_i, s_i in zip(Xf, s, strict=True):
            if s_i * (x_i @ w + b) <= 0:
                w = w + lr * s_i * x_i
                b += lr * s_i
        errors = int((s * (Xf @ w + b) <= 0).sum())
        mistakes.append(errors)
        if errors == 0:
            break
    return w, float(b), mistakes
