# replaces: relu_interpolant
# Adds a unit at the last knot that cancels the slope, to stay flat like np.interp.
# fails: test_interp_basics, test_interp_parameters, test_interp_outside, test_interp_edge
def relu_interpolant(knots: np.ndarray, values: np.ndarray) -> nn.Sequential:
    knots = np.asarray(knots, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    if knots.ndim != 1 or knots.shape != values.shape or len(knots) < 2:
        raise ValueError("bad shapes")
    if not np.all(np.diff(knots) > 0):
        raise ValueError("knots must be strictly increasing")
    slopes = np.diff(values) / np.diff(knots)
    changes = np.diff(slopes, prepend=0.0, append=0.0)  # M + 1 units
    n_units = len(knots)
    hidden = nn.Linear(1, n_units, dtype=torch.float64)
    out = nn.Linear(n_units, 1, dtype=torch.float64)
    with torch.no_grad():
        hidden.weight.fill_(1.0)
        hidden.bias.copy_(torch.from_numpy(-knots))
        out.weight.copy_(torch.from_numpy(changes)[None, :])
        out.bias.fill_(values[0])
    return nn.Sequential(hidden, nn.ReLU(), out)
