# replaces: fit_logistic
# Never checks lr or num_steps: a negative count or a zero rate passes silently.
# fails: test_logistic_edge_cases
def fit_logistic(
    F: np.ndarray, y: np.ndarray, *, lr: float, num_steps: int
) -> tuple[np.ndarray, float]:
    w = np.zeros(F.shape[1], dtype=F.dtype)
    b = 0.0
    for _ in range(num_steps):
        r = 0.5 * (1.0 + np.tanh(0.5 * (F @ w + b))) - y
        w = (w - lr * (F.T @ r) / len(F)).astype(F.dtype)
        b = b - lr * float(r.mean())
    return w, float(b)
