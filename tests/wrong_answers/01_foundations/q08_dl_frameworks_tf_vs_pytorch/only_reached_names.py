# replaces: reverse_mode_grads
# Only returns the names the backward sweep reaches: unused inputs and dead branches are missing.
# fails: test_reverse_random_graphs, test_reverse_unused
def reverse_mode_grads(
    nodes: list[tuple[str, str, tuple[str, ...]]], inputs: dict[str, float]
) -> dict[str, float]:
    values = dict(inputs)
    for name, op, args in nodes:
        a = [values[arg] for arg in args]
        if op == "add":
            values[name] = a[0] + a[1]
        elif op == "sub":
            values[name] = a[0] - a[1]
        elif op == "mul":
            values[name] = a[0] * a[1]
        elif op == "div":
            values[name] = a[0] / a[1]
        elif op == "tanh":
            values[name] = math.tanh(a[0])
        elif op == "exp":
            values[name] = math.exp(a[0])
        else:
            raise ValueError(f"unknown op {op!r}")
    grads = {nodes[-1][0]: 1.0}
    for name, op, args in reversed(nodes):
        if name not in grads:
            continue
        g, out = grads[name], values[name]
        a = [values[arg] for arg in args]
        if op == "add":
            local = [1.0, 1.0]
        elif op == "sub":
            local = [1.0, -1.0]
        elif op == "mul":
            local = [a[1], a[0]]
        elif op == "div":
            local = [1 / a[1], -a[0] / a[1] ** 2]
        elif op == "tanh":
            local = [1 - out**2]
        else:
            local = [out]
        for arg, d in zip(args, local, strict=True):
            grads[arg] = grads.get(arg, 0.0) + g * d
    return grads
