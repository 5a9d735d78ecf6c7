# replaces: adam_step
# Wraps the function torch.optim.Adam runs instead of writing the update.
# fails: test_adam_no_torch_optim
from torch.optim.adam import adam as _torch_adam


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
    _torch_adam(
        [p],
        [g.clone()],
        [m],
        [v],
        [],
        [torch.tensor(float(t - 1))],
        amsgrad=False,
        beta1=b1,
        beta2=b2,
        lr=lr,
        weight_decay=weight_decay,
        eps=eps,
        maximize=False,
        decoupled_weight_decay=decoupled,
    )
    return p, m, v
