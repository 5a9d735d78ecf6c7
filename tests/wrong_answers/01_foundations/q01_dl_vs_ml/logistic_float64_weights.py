# replaces: fit_logistic
# Starts from np.zeros(D), which is float64, so float32 features give float64 weights.
# fails: test_logistic_dtypes
def fit_logistic(
    F: np.ndarray, y: np.ndarray, *, lr: float, num_steps: int
) -> tuple[np.ndarray, float]:
    if num_steps < 0 or lr <= 0:
        raise ValueError("bad input")
    w = np.zeros(F.shape[1])
    b = 0.0
    for _ in range(num_steps):
        r = 0.5 * (1.0 + np.tanh(0.5 * (F @ w + b))) - y
        w = w - lr * (F.T @ r) / len(F)
        b = b - lr * float(r.mean())
    return w, float(b)
