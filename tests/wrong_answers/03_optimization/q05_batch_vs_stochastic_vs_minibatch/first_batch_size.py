# replaces: sgd_epoch
# Takes B = len(batches[0]) once, so a short last batch is divided by the wrong size.
# fails: test_sgd_partial_batch
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
    if not batches:
        return w, b, losses
    batch_size = len(batches[0])
    for idx in batches:
        X_b, y_b = X[idx], y[idx]
        r = X_b @ w + b - y_b
        losses.append(float((r**2).mean()))
        w = w - lr * 2 * (X_b.T @ r) / batch_size
        b = b - lr * 2 * r.sum() / batch_size
    return w, b, losses
