# replaces: sgd_epoch
# Averages the batch gradients at the starting weights and updates once, at the end.
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
    losses, grads_w, grads_b = [], [], []
    for idx in batches:
        X_b, y_b = X[idx], y[idx]
        r = X_b @ w + b - y_b
        losses.append(float((r**2).mean()))
        grads_w.append(2 * (X_b.T @ r) / len(idx))
        grads_b.append(2 * r.sum() / len(idx))
    if batches:
        w = w - lr * torch.stack(grads_w).mean(dim=0)
        b = b - lr * torch.stack(grads_b).mean()
    return w, b, losses
