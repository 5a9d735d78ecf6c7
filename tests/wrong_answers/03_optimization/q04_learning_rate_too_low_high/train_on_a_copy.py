# replaces: gd_train
# Trains a copy.deepcopy of the model "to leave the input unchanged".
# fails: test_train_basics, test_train_vs_sgd, test_train_in_place
def gd_train(
    model: nn.Module, X: torch.Tensor, y: torch.Tensor, lr: float, num_steps: int
) -> np.ndarray:
    import copy

    if not lr > 0:
        raise ValueError(f"lr must be > 0, got {lr}")
    if num_steps < 0:
        raise ValueError(f"num_steps must be >= 0, got {num_steps}")
    model = copy.deepcopy(model)
    losses = []
    for t in range(num_steps + 1):
        loss = nn.functional.mse_loss(model(X), y)
        losses.append(loss.item())
        if t == num_steps:
            break
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= lr * p.grad
    return np.array(losses, dtype=np.float64)
