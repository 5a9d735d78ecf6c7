# replaces: perceptron_train
# Uses the 0/1 label itself as the sign s, so class-0 mistakes never move the weights.
# fails: test_perceptron_basics, test_perceptron_mistakes, test_perceptron_stopping, test_perceptron_ties, test_perceptron_vs_sklearn, test_perceptron_numpy_only
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
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    for _ in range(epochs):
        count = 0
        for x_i, y_i in zip(Xf, y, strict=True):
            if y_i * (x_i @ w + b) <= 0:
                w = w + lr * y_i * x_i
                b += lr * y_i
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
