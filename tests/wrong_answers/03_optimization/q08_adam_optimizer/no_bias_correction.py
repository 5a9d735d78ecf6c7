# replaces: adam_step
# Leaves out the bias correction: steps with m / (sqrt(v) + eps).
# fails: test_adam_basics, test_adam_eps_position, test_adam_first_step, test_adam_float32, test_adam_inputs_unchanged, test_adam_l2, test_adam_matches_torch, test_adam_no_torch_optim, test_adam_uses_t, test_adam_zero_grads, test_adamw
def adam_step(
    p: torch.Tensor,
    g: torch.Tensor,
    m: torch.Tensor,
    v: torch.Tensor,
    t: int,
    *,
    lr: float = 1e-3,
    betas: tuple[float, float] = (0.9, 0.999),
    eps: float = 1e-8,
    weight_decay: float = 0.0,
    decoupled: bool = False,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    b1, b2 = betas
    if t < 1:
        raise ValueError("t starts at 1")
    if lr < 0 or eps < 0 or weight_decay < 0:
        raise ValueError("invalid hyperparameter")
    if not (0.0 <= b1 < 1.0 and 0.0 <= b2 < 1.0):
        raise ValueError("betas must be in [0, 1)")
    if weight_decay and decoupled:
        p = p * (1 - lr * weight_decay)
    elif weight_decay:
        g = g + weight_decay * p
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    return p - lr * m / (v.sqrt() + eps), m, v
