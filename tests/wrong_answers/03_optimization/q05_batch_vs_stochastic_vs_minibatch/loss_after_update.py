# replaces: sgd_epoch
# Logs each batch loss after the update instead of before it.
# fails: test_sgd_basics, test_sgd_losses, test_sgd_full_batch_step
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
        w = w - lr * 2 * (X_b.T @ r) / len(idx)
        b = b - lr * 2 * r.sum() / len(idx)
        losses.append(float(((X_b @ w + b - y_b) ** 2).mean()))
    return w, b, losses
