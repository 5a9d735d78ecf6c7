# replaces: reverse_mode_grads
# Central finite differences on every name: approximate, and one re-evaluation per name.
# fails: test_reverse_basics, test_reverse_each_op, test_reverse_fan_out, test_reverse_random_graphs, test_reverse_unused, test_reverse_one_sweep, test_reverse_no_torch
def reverse_mode_grads(
    nodes: list[tuple[str, str, tuple[str, ...]]], inputs: dict[str, float]
) -> dict[str, float]:
    ops = {
        "add": lambda a, b: a + b,
        "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b,
        "div": lambda a, b: a / b,
        "tanh": math.tanh,
        "exp": math.exp,
    }
    for _, op, _ in nodes:
        if op not in ops:
            raise ValueError(f"unknown op {op!r}")

    def run(nudge: str = "", h: float = 0.0) -> dict[str, float]:
        values = dict(inputs)
        if nudge in values:
            values[nudge] += h
        for name, op, args in nodes:
            values[name] = ops[op](*(values[arg] for arg in args))
            if name == nudge:
                values[name] += h
        return values

    out = nodes[-1][0]
    h = 1e-6
    return {name: (run(name, h)[out] - run(name, -h)[out]) / (2 * h) for name in run()}
