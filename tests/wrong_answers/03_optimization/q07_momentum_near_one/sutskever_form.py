# replaces: sgd_momentum_step
# Keeps the velocity as Sutskever et al. write it: v = momentum * v + lr * g; p -= v.
# fails: test_step_basics, test_step_vs_torch_sgd, test_step_first_step, test_step_dampening, test_step_nesterov, test_step_weight_decay, test_step_float32, test_step_numpy_only
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
    v = lr * g if buf is None else momentum * buf + (1 - dampening) * lr * g
    step = lr * g + momentum * v if nesterov else v
    return p - step, v
