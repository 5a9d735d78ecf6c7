# replaces: gd_quadratic
# Right loop, but no checks of num_steps, lr and tol (num_steps = -1 returns x0).
# fails: test_gd_invalid
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    rows = [x]
    for _ in range(num_steps):
        g = A @ x - b
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        rows.append(x)
    return np.array(rows)
