# replaces: lstm_cell
# Fixes the shape with reshape instead of a transpose: right shapes, scrambled weights.
# fails: test_lstm_cell_torch, test_lstm_cell_unbatched, test_lstm_cell_gates, test_lstm_cell_saturated, test_run_lstm_torch, test_run_lstm_unbatched, test_run_lstm_memory, test_lstm_cell_numpy_only, test_lstm_cell_inputs_unchanged, test_run_lstm_inputs_unchanged
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    four_h, d = W_ih.shape
    z = x @ W_ih.reshape(d, four_h) + b_ih + h @ W_hh.reshape(-1, four_h) + b_hh
    z_i, z_f, z_g, z_o = np.split(z, 4, axis=-1)
    gates = {
        "i": 1 / (1 + np.exp(-z_i)),
        "f": 1 / (1 + np.exp(-z_f)),
        "g": np.tanh(z_g),
        "o": 1 / (1 + np.exp(-z_o)),
    }
    c_new = gates["f"] * c + gates["i"] * gates["g"]
    h_new = gates["o"] * np.tanh(c_new)
    return h_new, c_new, gates
