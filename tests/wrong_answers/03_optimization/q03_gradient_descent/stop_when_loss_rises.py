# replaces: gd_quadratic
# Adds a "safety" stop when the loss goes up, so a diverging run is cut short.
# fails: test_gd_divergence
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    rows = [x]
    loss = 0.5 * x @ A @ x - b @ x
    for _ in range(num_steps):
        g = A @ x - b
        if np.linalg.norm(g) <= tol:
            break
        x_new = x - lr * g
        new_loss = 0.5 * x_new @ A @ x_new - b @ x_new
        if new_loss > loss:
            break
        x, loss = x_new, new_loss
        rows.append(x)
    return np.array(rows)
