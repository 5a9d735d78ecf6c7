# replaces: sgd_momentum_step
# Adds weight_decay * p to the step after the buffer instead of to the gradient.
# fails: test_step_first_step, test_step_weight_decay
def sgd_momentum_step(
    p, g, buf, lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False
):
    if lr < 0 or momentum < 0 or weight_decay < 0:
        raise ValueError("invalid hyperparameter")
    if nesterov and (momentum <= 0 or dampening != 0):
        raise ValueError("Nesterov momentum requires a momentum and zero dampening")
    if momentum == 0:
        return p - lr * (g + weight_decay * p), None
    buf = g.copy() if buf is None else momentum * buf + (1 - dampening) * g
    d = g + momentum * buf if nesterov else buf
    return p - lr * (d + weight_decay * p), buf
