# replaces: sgd_momentum_step
# Right update, but never checks the hyperparameters: no ValueError at all.
# fails: test_step_invalid
def sgd_momentum_step(
    p, g, buf, lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False
):
    g = g + weight_decay * p
    if momentum == 0:
        return p - lr * g, None
    buf = g.copy() if buf is None else momentum * buf + (1 - dampening) * g
    d = g + momentum * buf if nesterov else buf
    return p - lr * d, buf
