# replaces: sgd_momentum_step
# With momentum = 0 still returns a buffer (buf = g) instead of None.
# fails: test_step_no_momentum
def sgd_momentum_step(
    p, g, buf, lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False
):
    if lr < 0 or momentum < 0 or weight_decay < 0:
        raise ValueError("invalid hyperparameter")
    if nesterov and (momentum <= 0 or dampening != 0):
        raise ValueError("Nesterov momentum requires a momentum and zero dampening")
    g = g + weight_decay * p
    if buf is None or momentum == 0:
        buf = g.copy()
    else:
        buf = momentum * buf + (1 - dampening) * g
    d = g + momentum * buf if nesterov else buf
    return p - lr * d, buf
