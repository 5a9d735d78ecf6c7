# replaces: gd_train
# Stops as soon as the loss is not finite, returning a shorter array.
# fails: test_train_divergence
def gd_train(
    model: nn.Module, X: torch.Tensor, y: torch.Tensor, lr: float, num_steps: int
) -> np.ndarray:
    if not lr > 0:
        raise ValueError(f"lr must be > 0, got {lr}")
    if num_steps < 0:
        raise ValueError(f"num_steps must be >= 0, got {num_steps}")
    losses = []
    for t in range(num_steps + 1):
        loss = nn.functional.mse_loss(model(X), y)
        losses.append(loss.item())
        if t == num_steps or not np.isfinite(losses[-1]):
            break
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= lr * p.grad
    return np.array(losses, dtype=np.float64)
