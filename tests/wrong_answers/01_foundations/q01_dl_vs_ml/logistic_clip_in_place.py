# replaces: fit_logistic
# Clips the features to [-50, 50] in place, against overflow: the caller's F changes.
# fails: test_logistic_inputs_unchanged
def fit_logistic(
    F: np.ndarray, y: np.ndarray, *, lr: float, num_steps: int
) -> tuple[np.ndarray, float]:
    if num_steps < 0 or lr <= 0:
        raise ValueError("bad input")
    np.clip(F, -50.0, 50.0, out=F)
    w = np.zeros(F.shape[1], dtype=F.dtype)
    b = 0.0
    for _ in range(num_steps):
        r = 0.5 * (1.0 + np.tanh(0.5 * (F @ w + b))) - y
        w = (w - lr * (F.T @ r) / len(F)).astype(F.dtype)
        b = b - lr * float(r.mean())
    return w, float(b)
