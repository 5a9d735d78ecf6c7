# replaces: gd_quadratic
# Lets torch.optim.SGD and autograd do the work (the spec asks for NumPy).
# fails: test_gd_no_torch_optim
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    At = torch.as_tensor(np.asarray(A, dtype=np.float64))
    bt = torch.as_tensor(np.asarray(b, dtype=np.float64))
    x = torch.tensor(np.asarray(x0, dtype=np.float64), requires_grad=True)
    opt = torch.optim.SGD([x], lr=lr)
    rows = [x.detach().clone()]
    for _ in range(num_steps):
        if torch.linalg.vector_norm(At @ x.detach() - bt) <= tol:
            break
        opt.zero_grad()
        (0.5 * x @ At @ x - bt @ x).backward()
        opt.step()
        rows.append(x.detach().clone())
    return torch.stack(rows).numpy()
