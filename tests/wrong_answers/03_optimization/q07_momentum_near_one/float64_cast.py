# replaces: sgd_momentum_step
# Converts p and g to float64 first "for precision": float32 comes back float64.
# fails: test_step_float32
def sgd_momentum_step(
    p, g, buf, lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False
):
    if lr < 0 or momentum < 0 or weight_decay < 0:
        raise ValueError("invalid hyperparameter")
    if nesterov and (momentum <= 0 or dampening != 0):
        raise ValueError("Nesterov momentum requires a momentum and zero dampening")
    p, g = np.asarray(p, dtype=np.float64), np.asarray(g, dtype=np.float64)
    g = g + weight_decay * p
    if momentum == 0:
        return p - lr * g, None
    buf = g.copy() if buf is None else momentum * buf + (1 - dampening) * g
    d = g + momentum * buf if nesterov else buf
    return p - lr * d, buf
