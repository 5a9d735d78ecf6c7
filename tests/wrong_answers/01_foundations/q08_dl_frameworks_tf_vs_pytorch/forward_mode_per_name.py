# replaces: reverse_mode_grads
# Forward mode: pushes a tangent through the graph once per name, so the work is names x nodes.
# fails: test_reverse_one_sweep
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
    grads = {}
    for seed in values:  # d(everything)/d(seed), one forward sweep each
        dot = {name: 0.0 for name in values}
        dot[seed] = 1.0
        for name, op, args in nodes:
            if name == seed:
                continue
            a = [values[arg] for arg in args]
            da = [dot[arg] for arg in args]
            if op == "add":
                dot[name] = da[0] + da[1]
            elif op == "sub":
                dot[name] = da[0] - da[1]
            elif op == "mul":
                dot[name] = da[0] * a[1] + a[0] * da[1]
            elif op == "div":
                dot[name] = da[0] / a[1] - a[0] * da[1] / a[1] ** 2
            elif op == "tanh":
                dot[name] = (1 - values[name] ** 2) * da[0]
            else:
                dot[name] = values[name] * da[0]
        grads[seed] = dot[nodes[-1][0]]
    return grads
