# replaces: reverse_mode_grads
# Runs the backward sweep over the nodes in their forward order, not reversed.
# fails: test_reverse_basics, test_reverse_each_op, test_reverse_fan_out, test_reverse_random_graphs, test_reverse_unused, test_reverse_one_sweep, test_reverse_no_torch
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
    grads = {name: 0.0 for name in values}
    grads[nodes[-1][0]] = 1.0
    for name, op, args in nodes:
        g, out = grads[name], values[name]
        a = [values[arg] for arg in args]
        if op == "add":
            grads[args[0]] += g
            grads[args[1]] += g
        elif op == "sub":
            grads[args[0]] += g
            grads[args[1]] -= g
        elif op == "mul":
            grads[args[0]] += g * a[1]
            grads[args[1]] += g * a[0]
        elif op == "div":
            grads[args[0]] += g / a[1]
            grads[args[1]] -= g * a[0] / a[1] ** 2
        elif op == "tanh":
            grads[args[0]] += g * (1 - out**2)
        else:
            grads[args[0]] += g * out
    return grads
