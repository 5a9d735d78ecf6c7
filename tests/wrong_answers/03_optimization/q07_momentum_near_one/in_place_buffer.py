# replaces: sgd_momentum_step
# Updates the buffer in place (buf *= momentum; buf += ...), as torch does inside.
# fails: test_step_inputs_unchanged
def sgd_momentum_step(
    p, g, buf, lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False
):
    if lr < 0 or momentum < 0 or weight_decay < 0:
        raise ValueError("invalid hyperparameter")
    if nesterov and (momentum <= 0 or dampening != 0):
        raise ValueError("Nesterov momentum requires a momentum and zero dampening")
    g = g + weight_decay * p
    if momentum == 0:
        return p - lr * g, None
    if buf is None:
        buf = g.copy()
    else:
        buf *= momentum
        buf += (1 - dampening) * g
    d = g + momentum * buf if nesterov else buf
    return p - lr * d, buf
