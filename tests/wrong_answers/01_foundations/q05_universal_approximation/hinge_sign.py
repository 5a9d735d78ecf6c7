# replaces: relu_interpolant
# Sets the hidden biases to +t_j, so unit j switches on at -t_j instead of t_j.
# fails: test_interp_basics, test_interp_matches_numpy, test_interp_parameters, test_interp_outside, test_interp_edge, test_interp_closed_form
def relu_interpolant(knots: np.ndarray, values: np.ndarray) -> nn.Sequential:
    knots = np.asarray(knots, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    if knots.ndim != 1 or knots.shape != values.shape or len(knots) < 2:
        raise ValueError("bad shapes")
    if not np.all(np.diff(knots) > 0):
        raise ValueError("knots must be strictly increasing")
    M = len(knots) - 1
    slopes = np.diff(values) / np.diff(knots)
    changes = np.diff(slopes, prepend=0.0)
    hidden = nn.Linear(1, M, dtype=torch.float64)
    out = nn.Linear(M, 1, dtype=torch.float64)
    with torch.no_grad():
        hidden.weight.fill_(1.0)
        hidden.bias.copy_(torch.from_numpy(knots[:-1]))
        out.weight.copy_(torch.from_numpy(changes)[None, :])
        out.bias.fill_(values[0])
    return nn.Sequential(hidden, nn.ReLU(), out)
