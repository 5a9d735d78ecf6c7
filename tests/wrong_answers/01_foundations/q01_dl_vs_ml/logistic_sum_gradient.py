# replaces: fit_logistic
# Sums the gradient over the examples instead of averaging it (no division by N).
# fails: test_logistic_basics, test_logistic_vs_autograd, test_logistic_large_logits, test_logistic_inputs_unchanged, test_logistic_no_library
def fit_logistic(
    F: np.ndarray, y: np.ndarray, *, lr: float, num_steps: int
) -> tuple[np.ndarray, float]:
    if num_steps < 0 or lr <= 0:
        raise ValueError("bad input")
    w = np.zeros(F.shape[1], dtype=F.dtype)
    b = 0.0
    for _ in range(num_steps):
        r = 0.5 * (1.0 + np.tanh(0.5 * (F @ w + b))) - y
        w = (w - lr * (F.T @ r)).astype(F.dtype)
        b = b - lr * float(r.sum())
    return w, float(b)
