# replaces: gd_train
# Returns torch.stack of the loss tensors (a tensor in the model's dtype), not numpy float64.
# fails: test_train_basics, test_train_zero_steps, test_train_divergence, test_train_float32, test_train_no_torch_optim
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
        losses.append(loss.detach())
        if t == num_steps:
            break
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= lr * p.grad
    return torch.stack(losses)
