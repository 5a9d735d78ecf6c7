# replaces: lstm_cell
# The output gate is a sigmoid of the cell state, o = sigmoid(c_new), not of x and h.
# fails: test_lstm_cell_basics, test_lstm_cell_torch, test_lstm_cell_unbatched, test_lstm_cell_gates, test_lstm_cell_saturated, test_run_lstm_torch, test_run_lstm_unbatched, test_lstm_cell_numpy_only, test_lstm_cell_inputs_unchanged, test_run_lstm_inputs_unchanged
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    z_i, z_f, z_g, _ = np.split(z, 4, axis=-1)
    i = 1 / (1 + np.exp(-z_i))
    f = 1 / (1 + np.exp(-z_f))
    g = np.tanh(z_g)
    c_new = f * c + i * g
    o = 1 / (1 + np.exp(-c_new))
    h_new = o * np.tanh(c_new)
    return h_new, c_new, {"i": i, "f": f, "g": g, "o": o}
