# replaces: perceptron_train
# Feeds scikit-learn's Perceptron one example at a time and counts the bias changes.
# fails: test_perceptron_numpy_only
def perceptron_train(
    X: np.ndarray, y: np.ndarray, epochs: int, lr: float = 1.0
) -> tuple[np.ndarray, float, list[int]]:
    from sklearn.linear_model import Perceptron

    X = np.asarray(X)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("X must be (N, D) and y (N,)")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 or 1")
    if epochs < 1 or not lr > 0:
        raise ValueError("epochs >= 1 and lr > 0")
    clf = Perceptron(eta0=lr, shuffle=False)
    mistakes, bias = [], 0.0
    for _ in range(epochs):
        count = 0
        for i in range(len(X)):
            clf.partial_fit(X[i : i + 1], y[i : i + 1], classes=np.array([0, 1]))
            count += int(clf.intercept_[0] != bias)
            bias = clf.intercept_[0]
        mistakes.append(count)
        if count == 0:
            break
    return clf.coef_[0].astype(np.float64), float(bias), mistakes
