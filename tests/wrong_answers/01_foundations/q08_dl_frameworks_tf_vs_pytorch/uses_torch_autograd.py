# replaces: reverse_mode_grads
# Builds the graph out of torch tensors and lets autograd do the sweep.
# fails: test_reverse_no_torch
def reverse_mode_grads(
    nodes: list[tuple[str, str, tuple[str, ...]]], inputs: dict[str, float]
) -> dict[str, float]:
    ops = {
        "add": torch.add,
        "sub": torch.sub,
        "mul": torch.mul,
        "div": torch.div,
        "tanh": torch.tanh,
        "exp": torch.exp,
    }
    values = {
        k: torch.tensor(float(v), dtype=torch.float64, requires_grad=True)
        for k, v in inputs.items()
    }
    for name, op, args in nodes:
        if op not in ops:
            raise ValueError(f"unknown op {op!r}")
        values[name] = ops[op](*(values[arg] for arg in args))
    out = nodes[-1][0]
    others = [k for k in values if k != out]
    grads = torch.autograd.grad(
        values[out], [values[k] for k in others], allow_unused=True
    )
    result = {
        k: 0.0 if g is None else g.item() for k, g in zip(others, grads, strict=True)
    }
    result[out] = 1.0
    return result
