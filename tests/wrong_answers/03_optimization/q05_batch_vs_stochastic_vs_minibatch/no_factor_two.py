# replaces: sgd_epoch
# Writes the gradient of the mean squared error as X^T r / B: the factor 2 is lost.
# fails: test_sgd_basics, test_sgd_vs_torch, test_sgd_partial_batch, test_sgd_losses, test_sgd_full_batch_step, test_sgd_by_hand
def sgd_epoch(
    X: torch.Tensor,
    y: torch.Tensor,
    w: torch.Tensor,
    b: torch.Tensor,
    batches: list[torch.Tensor],
    lr: float,
) -> tuple[torch.Tensor, torch.Tensor, list[float]]:
    w, b = w.clone(), b.clone()
    losses = []
    for idx in batches:
        X_b, y_b = X[idx], y[idx]
        r = X_b @ w + b - y_b
        losses.append(float((r**2).mean()))
        w = w - lr * (X_b.T @ r) / len(idx)
        b = b - lr * r.sum() / len(idx)
    return w, b, losses
