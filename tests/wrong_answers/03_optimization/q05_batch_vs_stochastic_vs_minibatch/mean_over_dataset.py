# replaces: sgd_epoch
# Divides every batch gradient by N, the size of the data set, not by the batch size.
# fails: test_sgd_basics, test_sgd_vs_torch, test_sgd_partial_batch, test_sgd_losses, test_sgd_by_hand
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
        w = w - lr * 2 * (X_b.T @ r) / len(X)
        b = b - lr * 2 * r.sum() / len(X)
    return w, b, losses
