# replaces: perceptron_train
# Textbook 0/1 form: predict 1 if z > 0 else 0 and update only when wrong, so z = 0 counts as class 0.
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
            y_hat = 1 if x_i @ w + b > 0 else 0
            if y_hat != y_i:
                w = w + lr * (y_i - y_hat) * x_i
                b += lr * (y_i - y_hat)
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
