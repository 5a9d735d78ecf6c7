# replaces: sgd_epoch
# Converts everything to float64 "for accuracy": float32 inputs come back float64.
# fails: test_sgd_float32
def sgd_epoch(
    X: torch.Tensor,
    y: torch.Tensor,
    w: torch.Tensor,
    b: torch.Tensor,
    batches: list[torch.Tensor],
    lr: float,
) -> tuple[torch.Tensor, torch.Tensor, list[float]]:
    X, y = X.double(), y.double()
    w, b = w.double().clone(), b.double().clone()
    losses = []
    for idx in batches:
        X_b, y_b = X[idx], y[idx]
        r = X_b @ w + b - y_b
        losses.append(float((r**2).mean()))
        w = w - lr * 2 * (X_b.T @ r) / len(idx)
        b = b - lr * 2 * r.sum() / len(idx)
    return w, b, losses
