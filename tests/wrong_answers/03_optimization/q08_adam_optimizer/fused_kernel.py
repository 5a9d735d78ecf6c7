# replaces: adam_step
# Calls torch's fused Adam kernel (torch._fused_adam_ or _fused_adamw_): right values, not written by hand.
# fails: test_adam_no_torch_optim
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
    p, m, v = p.clone(), m.clone(), v.clone()
    kernel = torch._fused_adamw_ if decoupled else torch._fused_adam_
    kernel(
        [p],
        [g.clone()],
        [m],
        [v],
        [],
        [torch.tensor(float(t), dtype=p.dtype)],
        lr=lr,
        beta1=b1,
        beta2=b2,
        weight_decay=weight_decay,
        eps=eps,
        amsgrad=False,
        maximize=False,
    )
    return p, m, v
