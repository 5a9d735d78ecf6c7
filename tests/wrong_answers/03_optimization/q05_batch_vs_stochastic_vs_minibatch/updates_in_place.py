# replaces: sgd_epoch
# Updates with w -= ... and b -= ... on the caller's tensors: the inputs change (and reruns drift).
# fails: test_sgd_basics, test_sgd_full_batch_step, test_sgd_float32, test_sgd_inputs_unchanged, test_sgd_by_hand
def sgd_epoch(
    X: torch.Tensor,
    y: torch.Tensor,
    w: torch.Tensor,
    b: torch.Tensor,
    batches: list[torch.Tensor],
    lr: float,
) -> tuple[torch.Tensor, torch.Tensor, list[float]]:
    losses = []
    for idx in batches:
        X_b, y_b = X[idx], y[idx]
        r = X_b @ w + b - y_b
        losses.append(float((r**2).mean()))
        w -= lr * 2 * (X_b.T @ r) / len(idx)
        b -= lr * 2 * r.sum() / len(idx)
    return w, b, losses
