# replaces: gd_train
# Builds a torch.optim.SGD optimiser instead of writing the update.
# fails: test_train_no_torch_optim
def gd_train(
    model: nn.Module, X: torch.Tensor, y: torch.Tensor, lr: float, num_steps: int
) -> np.ndarray:
    if not lr > 0:
        raise ValueError(f"lr must be > 0, got {lr}")
    if num_steps < 0:
        raise ValueError(f"num_steps must be >= 0, got {num_steps}")
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    losses = []
    for t in range(num_steps + 1):
        loss = nn.functional.mse_loss(model(X), y)
        losses.append(loss.item())
        if t == num_steps:
            break
        opt.zero_grad()
        loss.backward()
        opt.step()
    return np.array(losses, dtype=np.float64)
