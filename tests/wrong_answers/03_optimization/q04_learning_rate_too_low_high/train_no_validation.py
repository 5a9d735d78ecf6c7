# replaces: gd_train
# Checks neither lr nor num_steps: lr = 0 or a negative lr runs without complaint.
# fails: test_train_invalid
def gd_train(
    model: nn.Module, X: torch.Tensor, y: torch.Tensor, lr: float, num_steps: int
) -> np.ndarray:
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
