# replaces: gd_train
# Runs torch's fused SGD kernel (torch._fused_sgd_) instead of writing p -= lr * p.grad.
# fails: test_train_no_torch_optim
def gd_train(
    model: nn.Module, X: torch.Tensor, y: torch.Tensor, lr: float, num_steps: int
) -> np.ndarray:
    if not lr > 0:
        raise ValueError(f"lr must be > 0, got {lr}")
    if num_steps < 0:
        raise ValueError(f"num_steps must be >= 0, got {num_steps}")
    params = list(model.parameters())
    losses = []
    for t in range(num_steps + 1):
        loss = nn.functional.mse_loss(model(X), y)
        losses.append(loss.item())
        if t == num_steps:
            break
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            torch._fused_sgd_(
                params,
                [p.grad for p in params],
                [],
                weight_decay=0.0,
                momentum=0.0,
                lr=lr,
                dampening=0.0,
                nesterov=False,
                maximize=False,
                is_first_step=False,
            )
    return np.array(losses, dtype=np.float64)
