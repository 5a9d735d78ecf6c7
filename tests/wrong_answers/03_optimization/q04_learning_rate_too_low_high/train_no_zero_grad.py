# replaces: gd_train
# Never clears the gradients, so backward() adds each step's gradient to the old ones.
# fails: test_train_basics, test_train_vs_sgd, test_train_closed_form, test_train_in_place, test_train_float32, test_train_no_torch_optim
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
        if t == num_steps:
            break
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= lr * p.grad
    return np.array(losses, dtype=np.float64)
