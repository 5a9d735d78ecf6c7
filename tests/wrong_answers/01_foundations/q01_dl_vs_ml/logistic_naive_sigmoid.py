# replaces: fit_logistic
# Writes the sigmoid as exp(z) / (1 + exp(z)), which is inf / inf = NaN for large z.
# fails: test_logistic_large_logits
def fit_logistic(
    F: np.ndarray, y: np.ndarray, *, lr: float, num_steps: int
) -> tuple[np.ndarray, float]:
    if num_steps < 0 or lr <= 0:
        raise ValueError("bad input")
    w = np.zeros(F.shape[1], dtype=F.dtype)
    b = 0.0
    for _ in range(num_steps):
        z = F @ w + b
        r = np.exp(z) / (1 + np.exp(z)) - y
        w = (w - lr * (F.T @ r) / len(F)).astype(F.dtype)
        b = b - lr * float(r.mean())
    return w, float(b)
