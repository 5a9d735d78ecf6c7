# replaces: gd_quadratic
# Sign slip in the gradient: uses A x + b, so it heads for -A^{-1} b.
# fails: test_gd_basics, test_gd_closed_form, test_gd_vs_torch, test_gd_converges, test_gd_stopping, test_gd_zero_steps, test_gd_divergence, test_gd_dtypes, test_gd_no_torch_optim
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    rows = [x]
    for _ in range(num_steps):
        g = A @ x + b
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        rows.append(x)
    return np.array(rows)
