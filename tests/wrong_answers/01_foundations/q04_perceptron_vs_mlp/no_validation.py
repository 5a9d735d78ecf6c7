# replaces: perceptron_train
# No input checks: labels -1/+1, bad shapes, epochs = 0 or lr <= 0 go through silently.
# fails: test_perceptron_invalid
def perceptron_train(
    X: np.ndarray, y: np.ndarray, epochs: int, lr: float = 1.0
) -> tuple[np.ndarray, float, list[int]]:
    X = np.asarray(X, dtype=np.float64)
    s = np.where(np.asarray(y) == 1, 1.0, -1.0)
    w = np.zeros(X.shape[-1])
    b = 0.0
    mistakes = []
    for _ in range(epochs):
        count = 0
        for x_i, s_i in zip(X, s, strict=False):
            if s_i * (x_i @ w + b) <= 0:
                w = w + lr * s_i * x_i
                b += lr * s_i
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
