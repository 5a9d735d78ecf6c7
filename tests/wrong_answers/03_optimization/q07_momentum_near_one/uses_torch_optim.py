# replaces: sgd_momentum_step
# Lets torch.optim.SGD do the step on a tensor copy (the spec asks for NumPy).
# fails: test_step_numpy_only
def sgd_momentum_step(
    p, g, buf, lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False
):
    t = torch.tensor(p)
    opt = torch.optim.SGD(
        [t],
        lr=lr,
        momentum=momentum,
        dampening=dampening,
        weight_decay=weight_decay,
        nesterov=nesterov,
    )
    t.grad = torch.tensor(g)
    if buf is not None:
        opt.state[t]["momentum_buffer"] = torch.tensor(buf)
    opt.step()
    new_buf = opt.state[t].get("momentum_buffer")
    return t.detach().numpy(), None if new_buf is None else new_buf.numpy()
